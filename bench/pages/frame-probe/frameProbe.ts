/**
 * Injected into a page before any of its own scripts (Playwright addInitScript),
 * so that its keydown listener runs before the app's: a measured action starts
 * at the key press, not after the app has already handled it. Exposes
 * `window.frameProbe` for the bench to drive from page.evaluate.
 */
import { placeRange } from './textRange';

// The bench's view of this API is bench/probes/frameProbeApi.ts (another project): keep the two in step.
type ChangeKind = 'markup' | 'text';

interface FrameResult {
  keydownAt: number;
  frameAt: number;
}

interface Armed {
  paragraph: number;
  kind: ChangeKind;
  before: string;
}

const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'Meta']);
let armed: Armed | null = null;
let outcome: Promise<FrameResult> | null = null;

function paragraphAt(index: number): HTMLElement {
  const element = document.querySelectorAll<HTMLElement>('.reader-text p')[index];
  if (!element) throw new Error(`The page has no paragraph ${index}.`);
  return element;
}

const snapshot = (element: HTMLElement, kind: ChangeKind): string => (kind === 'markup' ? element.innerHTML : (element.textContent ?? ''));

/** A task queued from a frame callback runs after that frame is painted (as openTimings.ts assumes). */
const afterNextFrame = (): Promise<number> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));

async function watch(watching: Armed, keydownAt: number): Promise<FrameResult> {
  // The paragraph is looked up again only after each frame, outside the measured work.
  for (let frame = 0; frame < 600; frame++) {
    const frameAt = await afterNextFrame();
    if (snapshot(paragraphAt(watching.paragraph), watching.kind) !== watching.before) return { keydownAt, frameAt };
  }
  throw new Error(`Paragraph ${watching.paragraph} did not change within 600 frames of the key press.`);
}

window.addEventListener(
  'keydown',
  (event) => {
    if (!armed || MODIFIERS.has(event.key)) return;
    const watching = armed;
    armed = null;
    // Asked for in the keydown task itself, so the first frame checked is the one after the app's handlers.
    outcome = watch(watching, performance.now());
  },
  { capture: true },
);

// The app makes a few dozen requests; the default buffer of 250 entries must not drop the ones measured.
performance.setResourceTimingBufferSize(100_000);

const frameProbe = {
  /** Selects [start, end) of paragraph `index` (a caret when equal), as a drag would; says whether it is on screen. */
  select(index: number, start: number, end: number): { visible: boolean } {
    const element = paragraphAt(index);
    (element.closest('[contenteditable]') as HTMLElement | null)?.focus({ preventScroll: true });
    placeRange(element, start, end);
    const rect = element.getBoundingClientRect();
    return { visible: rect.bottom > 0 && rect.top < window.innerHeight };
  },
  /** The next non-modifier key press is timed until paragraph `index` shows a change. */
  arm(index: number, kind: ChangeKind): void {
    outcome = null;
    armed = { paragraph: index, kind, before: snapshot(paragraphAt(index), kind) };
  },
  /** The armed watch's outcome, once the change has been painted. */
  result(): Promise<FrameResult> {
    if (!outcome) return Promise.reject(new Error('No key press was seen since arm().'));
    return outcome;
  },
  /** When the response to the first request to a path ending in `suffix`, made at or after `since`, was complete. */
  responseEnd(suffix: string, since: number, timeoutMs = 30_000): Promise<number> {
    const find = (): number | undefined =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
        (entry) => entry.startTime >= since && entry.name.endsWith(suffix) && entry.responseEnd > 0,
      )?.responseEnd;
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const poll = (): void => {
        const end = find();
        if (end !== undefined) return resolve(end);
        if (performance.now() - started > timeoutMs) return reject(new Error(`No response to ${suffix} within ${timeoutMs} ms.`));
        setTimeout(poll, 20);
      };
      poll();
    });
  },
  /** Waits for `frames` painted frames and then `ms` more. */
  async settle(frames: number, ms: number): Promise<void> {
    for (let i = 0; i < frames; i++) await afterNextFrame();
    await new Promise((resolve) => setTimeout(resolve, ms));
  },
};

(window as unknown as { frameProbe: typeof frameProbe }).frameProbe = frameProbe;
