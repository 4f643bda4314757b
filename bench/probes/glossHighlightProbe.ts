import type { Browser, Page } from '@playwright/test';
import { waitForEntry, withFreshPage } from '../browser';
import type { GlossApp } from '../glossApp';
import { apiResponseEnd, pageNow, selectSpot, settle, timeKeyToFrame, type TextSpot } from './highlightActions';

/** Where and how often one page load acts; the first `warmups` of each kind are timed but dropped. */
export interface ActionPlan {
  /** Highlighted one after another, the first `warmups.adds` not counted. */
  adds: TextSpot[];
  /** Where the caret goes for typing (start = end). */
  caret: TextSpot;
  keystrokes: number;
  warmups: { adds: number; keystrokes: number };
}

/** What one page load of Gloss measured, in ms (lists hold the counted actions). */
export interface GlossHighlightRun {
  openMs: number;
  columnWidth: number;
  addToScreenMs: number[];
  addToDiskMs: number[];
  /** The first key typed after entering edit mode (the editor becomes "dirty"), not in keystrokeMs. */
  firstKeystrokeMs: number;
  keystrokeMs: number[];
  offScreen: number;
}

/**
 * Opens War and Peace in Gloss, then in the same page highlights each spot
 * with Ctrl+Shift+H (deleting it again once saved, so the document keeps its
 * seeded highlights from run to run) and types in edit mode.
 */
export async function glossHighlightRun(browser: Browser, gloss: GlossApp, probeScript: string, plan: ActionPlan): Promise<GlossHighlightRun> {
  const id = gloss.documentIds.warAndPeace;
  await gloss.openOnNextLoad(id);
  return withFreshPage(browser, async (page) => {
    await page.addInitScript({ content: probeScript });
    await page.goto(gloss.url);
    const open = await waitForEntry(page, `gloss:open:${id}`);
    const columnWidth = await page.locator('.reader-text').evaluate((element) => element.getBoundingClientRect().width);
    await settle(page, 2, 300);
    const run: GlossHighlightRun = { openMs: open.duration, columnWidth, addToScreenMs: [], addToDiskMs: [], firstKeystrokeMs: 0, keystrokeMs: [], offScreen: 0 };
    for (const [index, spot] of plan.adds.entries()) {
      const { screenMs, diskMs, visible } = await addAndRemove(page, spot);
      if (!visible) run.offScreen++;
      if (index < plan.warmups.adds) continue;
      run.addToScreenMs.push(screenMs);
      run.addToDiskMs.push(diskMs);
    }
    await page.keyboard.press('e');
    await page.locator('.reader-text.is-editing').waitFor();
    if (!(await selectSpot(page, plan.caret))) run.offScreen++;
    await settle(page, 2, 100);
    for (let index = 0; index < plan.warmups.keystrokes + plan.keystrokes; index++) {
      const { keydownAt, frameAt } = await timeKeyToFrame(page, 'a', plan.caret.paragraph, 'text');
      if (index === 0) run.firstKeystrokeMs = frameAt - keydownAt;
      else if (index >= plan.warmups.keystrokes) run.keystrokeMs.push(frameAt - keydownAt);
      await settle(page, 1, 50);
    }
    return run;
  });
}

/** One highlight: key press → painted, key press → stored; then removed with Delete, as a user would undo it. */
async function addAndRemove(page: Page, spot: TextSpot): Promise<{ screenMs: number; diskMs: number; visible: boolean }> {
  const visible = await selectSpot(page, spot);
  // The toolbar shows that the app has taken the selection in, as it does before a user can press the key.
  await page.locator('.selection-toolbar').waitFor();
  await settle(page);
  const { keydownAt, frameAt } = await timeKeyToFrame(page, 'Control+Shift+H', spot.paragraph, 'markup');
  const savedAt = await apiResponseEnd(page, 'annotation:create', keydownAt);
  // The app selects a new highlight as it draws it; Delete removes the selected one (after its creation, in the app's write order).
  await page.locator('mark.hl-selected').first().waitFor();
  await settle(page);
  const deleteFrom = await pageNow(page);
  await page.keyboard.press('Delete');
  await apiResponseEnd(page, 'annotation:delete', deleteFrom);
  await settle(page, 2, 100);
  return { screenMs: frameAt - keydownAt, diskMs: savedAt - keydownAt, visible };
}
