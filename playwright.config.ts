import { defineConfig } from '@playwright/test';
import type { GlossFixtureOptions } from './e2e/fixtures/glossApp';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * One suite, two doors: `browser` runs everywhere on Debian's Chromium against
 * browser mode; `electron` launches the built app wherever an Electron binary
 * exists and skips (saying why) where it does not.
 */
export default defineConfig<GlossFixtureOptions>({
  testDir: 'e2e',
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
      use: {
        door: 'browser',
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    { name: 'electron', use: { door: 'electron' } },
  ],
});
