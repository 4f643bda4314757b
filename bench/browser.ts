import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';

/** One window size for every page, so Gloss and the baselines wrap lines alike. */
export const VIEWPORT = { width: 1280, height: 800 };

/** Launches the system Chromium headless, without the background work that adds noise to timings. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}. Install Debian's chromium package or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Runs `use` on a page in a new browser context (no shared cache or storage), closing it afterwards. */
export async function withFreshPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

/** A User Timing entry as seen from outside the page (times in ms since the page's time origin). */
export interface TimingEntry {
  startTime: number;
  duration: number;
}

/** Waits until the page has recorded the named performance entry and returns it. */
export async function waitForEntry(page: Page, name: string, timeoutMs = 120_000): Promise<TimingEntry> {
  // Polling on a timer, not on animation frames, so waiting adds no work to the frames being measured.
  await page.waitForFunction((entry) => performance.getEntriesByName(entry).length > 0, name, { polling: 50, timeout: timeoutMs });
  return page.evaluate((entry) => {
    const found = performance.getEntriesByName(entry)[0]!;
    return { startTime: found.startTime, duration: found.duration };
  }, name);
}
