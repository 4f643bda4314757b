import type { Candidate } from './chooseCandidate';

/** The part of the text to search: [from, to). */
export interface SearchWindow {
  from: number;
  to: number;
}

/** A window of ±radius characters around where a quote of this length was expected. */
export function windowAround(text: string, expectedStart: number, quoteLength: number, radius: number): SearchWindow {
  const from = Math.max(0, Math.min(text.length, expectedStart - radius));
  const to = Math.min(text.length, Math.max(from, expectedStart + quoteLength + radius));
  return { from, to };
}

/**
 * Every occurrence of exact that lies wholly inside the window, overlapping
 * ones included ("aa" occurs twice in "aaa"). The window is cut out first so
 * a miss costs the window's length, not a scan to the end of a whole book.
 */
export function findExact(text: string, exact: string, window: SearchWindow): Candidate[] {
  const candidates: Candidate[] = [];
  if (exact.length === 0) return candidates;
  const whole = window.from === 0 && window.to === text.length;
  const haystack = whole ? text : text.slice(window.from, window.to);
  for (let at = haystack.indexOf(exact); at !== -1; at = haystack.indexOf(exact, at + 1)) {
    const start = window.from + at;
    candidates.push({ start, end: start + exact.length, errors: 0 });
  }
  return candidates;
}
