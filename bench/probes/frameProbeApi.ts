/**
 * What bench/pages/frame-probe/frameProbe.ts puts on `window.frameProbe`, as
 * the bench sees it. The page is type-checked in the web project and the
 * bench in the node one, which may not share files: keep the two in step.
 */

/** What the bench waits for after a key press: new markup (a highlight) or new text (typing). */
export type ChangeKind = 'markup' | 'text';

/** Key press → the first painted frame that shows the change, in page time (ms). */
export interface FrameResult {
  keydownAt: number;
  frameAt: number;
}

export interface FrameProbeApi {
  /** Selects characters [start, end) of paragraph `index` (a caret when they are equal), as a drag would. */
  select(index: number, start: number, end: number): { visible: boolean };
  /** Starts watching: the next non-modifier key press is timed until paragraph `index` shows a change. */
  arm(index: number, kind: ChangeKind): void;
  /** The armed watch's outcome, once the change has been painted. */
  result(): Promise<FrameResult>;
  /** When the response to the first request to a path ending in `suffix` made at or after `since` was complete. */
  responseEnd(suffix: string, since: number, timeoutMs?: number): Promise<number>;
  /** Waits for `frames` painted frames and then `ms` more, so one action's after-effects end before the next. */
  settle(frames: number, ms: number): Promise<void>;
}
