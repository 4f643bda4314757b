import { useCallback, useRef } from 'react';
import { flushSync } from 'react-dom';

/**
 * Defers React updates until the browser has painted the next frame. While
 * the reader has the focus, every React commit costs a walk over the whole
 * book (React saves and restores the selection of a focused contenteditable),
 * so work that must show in the next frame is drawn directly in the editor and
 * the panels follow a frame later. `flush` applies what is pending at once,
 * for a key that needs the panel now (Enter to edit a note).
 */
export function useAfterPaint(): { defer: (update: () => void) => void; flush: () => void } {
  const pending = useRef<(() => void)[]>([]);
  const scheduled = useRef(false);

  const run = useCallback(() => {
    scheduled.current = false;
    const updates = pending.current.splice(0);
    for (const update of updates) update();
  }, []);

  const defer = useCallback((update: () => void) => {
    pending.current.push(update);
    if (scheduled.current) return;
    scheduled.current = true;
    // A task queued from a frame callback runs once that frame is painted. The updates are drawn in that
    // same task: left to React's scheduler, a key pressed in between (Enter, T) would find them applied but
    // not drawn yet, with nothing left for `flush` to bring in, and the note or tags field not there.
    requestAnimationFrame(() => setTimeout(() => flushSync(run), 0));
  }, [run]);

  const flush = useCallback(() => {
    if (pending.current.length > 0) flushSync(run);
  }, [run]);

  return { defer, flush };
}
