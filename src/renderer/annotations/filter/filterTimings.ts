/**
 * A User Timing entry around dimming the text for a new filter, visible in
 * the browser's performance tools and read by `npm run bench`:
 *   gloss:filter:dim  the highlight layer's transaction, decorations and DOM included.
 */
export const FILTER_DIM_ENTRY = 'gloss:filter:dim';

/** Runs `dim` and records how long it took. */
export function timeDimming(dim: () => void): void {
  const start = performance.now();
  dim();
  performance.measure(FILTER_DIM_ENTRY, { start, end: performance.now() });
}
