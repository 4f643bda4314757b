import type { Browser, Page } from '@playwright/test';
import { waitForEntry, withFreshPage } from '../browser';
import type { GlossApp } from '../glossApp';

/** What one page load measured, in ms: each tag chosen in the filter and each taken off again, to the next painted frame. */
export interface TagFilterRun {
  /** Enter on a tag in the filter's field → the frame that shows the narrowed list and the dimmed text. */
  filterMs: number[];
  /** Backspace in the empty field (the tag taken off) → the frame that shows every highlight again. */
  clearMs: number[];
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
 * painted frame in which the filter's count ("12 of 5,000 highlights")
 * reads differently. A task queued from a frame callback runs after that
 * frame is painted.
 */
const ARM_COUNT_WATCH = `(() => {
  const count = document.querySelector('.filter-count');
  const before = count.textContent;
  window.filterTiming = new Promise((resolve, reject) => {
    window.addEventListener('keydown', () => {
      const start = performance.now();
      let frames = 0;
      (function check() {
        requestAnimationFrame(() => setTimeout(() => {
          if (count.textContent !== before) resolve(performance.now() - start);
          else if (++frames > 600) reject(new Error('The filter count did not change within 600 frames.'));
          else check();
        }));
      })();
    }, { capture: true, once: true });
  });
})()`;

/** Presses `key` and returns how long the page took to paint the filter's new count. */
async function timeKeyToCount(page: Page, key: string): Promise<number> {
  await page.evaluate(ARM_COUNT_WATCH);
  await page.keyboard.press(key);
  return page.evaluate<number>('window.filterTiming');
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
    const run: TagFilterRun = { filterMs: [], clearMs: [], dimMs: [] };
    for (const tag of tags) {
      await field.fill(tag);
      await settle(page);
      await takeDimTimes(page);
      run.filterMs.push(await timeKeyToCount(page, 'Enter'));
      await settle(page);
      run.clearMs.push(await timeKeyToCount(page, 'Backspace'));
      await settle(page);
      run.dimMs.push(...(await takeDimTimes(page)));
    }
    return run;
  });
}
