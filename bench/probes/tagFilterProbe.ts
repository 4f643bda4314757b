import type { Browser, Page } from '@playwright/test';
import { waitForEntry, withFreshPage } from '../browser';
import type { GlossApp } from '../glossApp';

/** What one page load measured, in ms: each tag chosen in the filter and each taken off again, to painted frames. */
export interface TagFilterRun {
  /** Enter on a tag in the filter's field → the frame that shows the new count and the dimmed text. */
  filterMs: number[];
  /** … → the frame whose panel lists just the highlights that pass. */
  filterListMs: number[];
  /** Backspace in the empty field (the tag taken off) → the frame that shows the text undimmed. */
  clearMs: number[];
  /** … → the frame whose panel lists every highlight again. */
  clearListMs: number[];
  /** The highlight layer's share of each change: its transaction, decorations and DOM (gloss:filter:dim). */
  dimMs: number[];
}

/*
 * The page-side scripts are strings: tsx (esbuild) wraps the named inner
 * functions of a callback in a `__name` helper that the page does not have.
 */

/** Waits for `frames` painted frames and `ms` more, so one change's after-effects end before the next. */
async function settle(page: Page, frames = 2, ms = 150): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    let left = ${frames};
    (function step() {
      if (left-- === 0) setTimeout(resolve, ${ms});
      else requestAnimationFrame(step);
    })();
  })`);
}

/**
 * Arms the page: the next key press is timed from its keydown (a capture
 * listener on the window, which runs before the app's own) to the first
 * painted frame in which the filter's count ("12 of 5,000 highlights") reads
 * differently (the text is dimmed in that same frame), and on to the first
 * in which the panel's list holds what the count says: the filtered list
 * with that many rows, or the whole list again. A task queued from a frame
 * callback runs after that frame is painted.
 */
const ARM_WATCH = `(() => {
  const count = document.querySelector('.filter-count');
  const before = count.textContent;
  const listDone = () => {
    const filtered = document.getElementById('list-highlights-filtered');
    const wanted = /^([\\d,]+) of/.exec(count.textContent);
    if (!wanted) return !filtered;
    const rows = filtered ? filtered.closest('section').querySelectorAll('.highlight-row').length : -1;
    return rows === Number(wanted[1].replace(/,/g, ''));
  };
  window.filterTiming = new Promise((resolve, reject) => {
    window.addEventListener('keydown', () => {
      const start = performance.now();
      let countMs = null;
      let frames = 0;
      (function check() {
        requestAnimationFrame(() => setTimeout(() => {
          const now = performance.now() - start;
          if (countMs === null && count.textContent !== before) countMs = now;
          if (countMs !== null && listDone()) resolve({ countMs, listMs: now });
          else if (++frames > 600) reject(new Error('The filter did not show within 600 frames.'));
          else check();
        }));
      })();
    }, { capture: true, once: true });
  });
})()`;

/** Presses `key`; returns how long the page took to paint the filter's new count, and to list what it counts. */
async function timeKey(page: Page, key: string): Promise<{ countMs: number; listMs: number }> {
  await page.evaluate(ARM_WATCH);
  await page.keyboard.press(key);
  return page.evaluate<{ countMs: number; listMs: number }>('window.filterTiming');
}

/** The durations of the dimming entries recorded since the last call (and clears them). */
async function takeDimTimes(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const times = performance.getEntriesByName('gloss:filter:dim').map((entry) => entry.duration);
    performance.clearMeasures('gloss:filter:dim');
    return times;
  });
}

/**
 * Opens War and Peace with its tagged highlights, opens the panel's filter,
 * and for each tag types it in the filter's tag field, then times Enter
 * (the tag chosen) and Backspace (taken off again), as a user would.
 */
export async function tagFilterRun(browser: Browser, gloss: GlossApp, tags: readonly string[]): Promise<TagFilterRun> {
  const id = gloss.documentIds.warAndPeace;
  await gloss.openOnNextLoad(id);
  return withFreshPage(browser, async (page) => {
    await page.goto(gloss.url);
    await waitForEntry(page, `gloss:open:${id}`);
    await settle(page, 2, 300);
    const bar = page.getByRole('region', { name: 'Filter highlights' });
    await bar.getByRole('button', { name: /^Filter/ }).click();
    const field = bar.getByRole('combobox', { name: 'Tags' });
    const run: TagFilterRun = { filterMs: [], filterListMs: [], clearMs: [], clearListMs: [], dimMs: [] };
    for (const tag of tags) {
      await field.fill(tag);
      await settle(page);
      await takeDimTimes(page);
      const filtered = await timeKey(page, 'Enter');
      run.filterMs.push(filtered.countMs);
      run.filterListMs.push(filtered.listMs);
      await settle(page);
      const cleared = await timeKey(page, 'Backspace');
      run.clearMs.push(cleared.countMs);
      run.clearListMs.push(cleared.listMs);
      await settle(page);
      run.dimMs.push(...(await takeDimTimes(page)));
    }
    return run;
  });
}
