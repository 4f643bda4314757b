import { defineConfig } from '@playwright/test';
import type { GlossFixtureOptions } from './e2e/fixtures/glossApp';

const chromiumLaunch = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  // Without these, Chromium keeps trying to reach Google's servers, which an offline machine refuses.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/**
 * One suite, two doors: `browser` runs everywhere on Debian's Chromium against
 * browser mode; `electron` launches the built app wherever an Electron binary
 * exists and skips (saying why) where it does not.
 */
export default defineConfig<GlossFixtureOptions>({
  testDir: 'e2e',
  globalSetup: './e2e/globalSetup.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'browser',
      use: { door: 'browser', browserName: 'chromium', launchOptions: chromiumLaunch },
    },
    // The browser is still launched for Playwright's own page fixtures; the app itself runs in Electron.
    { name: 'electron', use: { door: 'electron', browserName: 'chromium', launchOptions: chromiumLaunch } },
  ],
});
