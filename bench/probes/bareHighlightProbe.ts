import type { Browser } from '@playwright/test';
import { withFreshPage } from '../browser';
import type { StaticSite } from '../staticServer';
import type { ActionPlan } from './glossHighlightProbe';
import { selectSpot, settle, timeKeyToFrame } from './highlightActions';

/** What one page load of the bare-TipTap highlight page measured, in ms (counted actions only). */
export interface BareHighlightRun {
  addToScreenMs: number[];
  keystrokeMs: number[];
}

/**
 * Opens a text in the editable bare-TipTap page (flat paragraphs, no
 * highlights), highlights each spot of the plan with Ctrl+Shift+H (setMark)
 * and types at the caret, timing each key press to its painted frame.
 */
export async function bareHighlightRun(browser: Browser, site: StaticSite, probeScript: string, file: string, columnWidth: number, plan: ActionPlan): Promise<BareHighlightRun> {
  return withFreshPage(browser, async (page) => {
    await page.addInitScript({ content: probeScript });
    await page.goto(`${site.url}index.html?text=${encodeURIComponent(file)}&width=${columnWidth}`);
    await page.waitForFunction(() => performance.getEntriesByName('bare:ready').length + performance.getEntriesByName('bare:failed').length > 0, undefined, {
      polling: 50,
      timeout: 120_000,
    });
    if ((await page.evaluate(() => performance.getEntriesByName('bare:failed').length)) > 0) {
      throw new Error(`The bare-TipTap highlight page failed: ${await page.locator('body').innerText()}`);
    }
    await settle(page, 2, 300);
    const run: BareHighlightRun = { addToScreenMs: [], keystrokeMs: [] };
    for (const [index, spot] of plan.adds.entries()) {
      await selectSpot(page, spot);
      await settle(page);
      const { keydownAt, frameAt } = await timeKeyToFrame(page, 'Control+Shift+H', spot.paragraph, 'markup');
      if (index >= plan.warmups.adds) run.addToScreenMs.push(frameAt - keydownAt);
      await settle(page, 2, 100);
    }
    await selectSpot(page, plan.caret);
    await settle(page, 2, 100);
    for (let index = 0; index < plan.warmups.keystrokes + plan.keystrokes; index++) {
      const { keydownAt, frameAt } = await timeKeyToFrame(page, 'a', plan.caret.paragraph, 'text');
      if (index >= plan.warmups.keystrokes) run.keystrokeMs.push(frameAt - keydownAt);
      await settle(page, 1, 50);
    }
    return run;
  });
}
