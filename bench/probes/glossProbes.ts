import type { Browser } from '@playwright/test';
import { waitForEntry, withFreshPage } from '../browser';
import type { GlossApp } from '../glossApp';

export interface GlossOpenResult {
  /** Text arrived from the core → first frame with the editor mounted (gloss:open). */
  openMs: number;
  /** Width of the text column, so the baseline can wrap lines alike. */
  columnWidth: number;
}

/** Loads the app with `documentId` as the last document and reads its gloss:open measure. */
export async function glossOpenOnLoad(browser: Browser, gloss: GlossApp, documentId: string): Promise<GlossOpenResult> {
  await gloss.openOnNextLoad(documentId);
  return withFreshPage(browser, async (page) => {
    await page.goto(gloss.url);
    const open = await waitForEntry(page, `gloss:open:${documentId}`);
    const columnWidth = await page.locator('.reader-text').evaluate((element) => element.getBoundingClientRect().width);
    return { openMs: open.duration, columnWidth };
  });
}

/**
 * Loads the app on `fromId`, then clicks the document titled `title` in the
 * library; returns ms from the click event to the new document's first frame
 * (the request, the core's reply and everything the renderer does).
 */
export async function glossClickToFirstFrame(
  browser: Browser,
  gloss: GlossApp,
  fromId: string,
  to: { id: string; title: string },
): Promise<number> {
  await gloss.openOnNextLoad(fromId);
  return withFreshPage(browser, async (page) => {
    await page.goto(gloss.url);
    await waitForEntry(page, `gloss:open:${fromId}`);
    await page.evaluate(() => {
      // Runs in the page; bench/ is type-checked without the DOM library, hence the cast.
      const page = globalThis as unknown as EventTarget;
      page.addEventListener('click', () => performance.mark('bench:click'), { capture: true, once: true });
    });
    await page.locator('nav[aria-label=Library] button', { hasText: to.title }).click();
    const open = await waitForEntry(page, `gloss:open:${to.id}`);
    const click = await waitForEntry(page, 'bench:click');
    return open.startTime + open.duration - click.startTime;
  });
}
