import type { Browser } from '@playwright/test';
import { waitForEntry, withFreshPage } from '../browser';
import type { StaticSite } from '../staticServer';

export interface BareOpenResult {
  /** Text in hand → first frame (the counterpart of gloss:open). */
  openMs: number;
  /** Request sent → first frame. */
  fetchToFrameMs: number;
}

/** Opens a corpus text in the bare-TipTap page, with the text column `columnWidth` px wide. */
export async function bareTiptapOpen(browser: Browser, site: StaticSite, file: string, columnWidth: number): Promise<BareOpenResult> {
  return withFreshPage(browser, async (page) => {
    await page.goto(`${site.url}index.html?text=${encodeURIComponent(file)}&width=${columnWidth}`);
    await page.waitForFunction(() => performance.getEntriesByName('bare:open').length + performance.getEntriesByName('bare:failed').length > 0, undefined, {
      polling: 50,
      timeout: 120_000,
    });
    if ((await page.evaluate(() => performance.getEntriesByName('bare:failed').length)) > 0) {
      throw new Error(`The bare-TipTap page failed: ${await page.locator('body').innerText()}`);
    }
    const open = await waitForEntry(page, 'bare:open');
    const fetchToFrame = await waitForEntry(page, 'bare:fetch-to-frame');
    return { openMs: open.duration, fetchToFrameMs: fetchToFrame.duration };
  });
}
