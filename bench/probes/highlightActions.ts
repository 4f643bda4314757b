import type { Page } from '@playwright/test';
import type { ChangeKind, FrameProbeApi, FrameResult } from './frameProbeApi';

/** A place in the text shown on both pages: characters [start, end) of paragraph `paragraph` (a caret when equal). */
export interface TextSpot {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * The page's global object with the probe the init script installed. The
 * page.evaluate callbacks below are sent to the page as source, so each one
 * names it itself instead of calling a helper from this file.
 */
type ProbeWindow = { frameProbe: FrameProbeApi };

/** Selects a spot as a user would (the app sees a selectionchange); false when it is off screen. */
export async function selectSpot(page: Page, spot: TextSpot): Promise<boolean> {
  const { visible } = await page.evaluate(({ paragraph, start, end }) => (globalThis as unknown as ProbeWindow).frameProbe.select(paragraph, start, end), spot);
  return visible;
}

/** Lets the page finish what the last action started: `frames` painted frames, then `ms` of quiet. */
export async function settle(page: Page, frames = 2, ms = 50): Promise<void> {
  await page.evaluate(({ frames, ms }) => (globalThis as unknown as ProbeWindow).frameProbe.settle(frames, ms), { frames, ms });
}

/**
 * Presses `key` and times it inside the page, from its keydown (seen before
 * the app's own listeners) to the first painted frame in which `paragraph`
 * shows the change.
 */
export async function timeKeyToFrame(page: Page, key: string, paragraph: number, kind: ChangeKind): Promise<FrameResult> {
  await page.evaluate(({ paragraph, kind }) => (globalThis as unknown as ProbeWindow).frameProbe.arm(paragraph, kind), { paragraph, kind });
  await page.keyboard.press(key);
  return page.evaluate(() => (globalThis as unknown as ProbeWindow).frameProbe.result());
}

/** Page time (ms) at which the first response to `/api/<method>` requested at or after `since` had arrived. */
export async function apiResponseEnd(page: Page, method: string, since: number): Promise<number> {
  return page.evaluate(({ suffix, since }) => (globalThis as unknown as ProbeWindow).frameProbe.responseEnd(suffix, since), { suffix: `/api/${method}`, since });
}

/** The page's clock now, to look for requests made after this moment. */
export async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}
