import { DISTINCTIVE_CONTEXT, SHORT_QUOTE } from './acceptance';
import type { Candidate } from './chooseCandidate';
import type { QuoteSelector } from './selectors';
import type { WholeTextSearch } from './wholeTextSearch';

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

/**
 * Every occurrence of the quote in the whole text that could be accepted. A
 * short quote is only accepted where one side of its context matches for
 * DISTINCTIVE_CONTEXT characters (or reaches the edge of the text as stored),
 * so that context is searched along with it: "e" occurs 300,000 times in a
 * book, "e" with 16 characters of its old prefix once.
 */
export function findExactInWholeText(search: WholeTextSearch, quote: QuoteSelector): Candidate[] {
  const { text } = search;
  const { exact, prefix, suffix } = quote;
  const at = (start: number): Candidate => ({ start, end: start + exact.length, errors: 0 });
  if (exact.length >= SHORT_QUOTE) return search.occurrences(exact).map(at);
  const starts = new Set<number>();
  if (prefix.length >= DISTINCTIVE_CONTEXT) {
    for (const hit of search.occurrences(prefix.slice(-DISTINCTIVE_CONTEXT) + exact)) starts.add(hit + DISTINCTIVE_CONTEXT);
  } else if (text.startsWith(prefix + exact)) starts.add(prefix.length);
  if (suffix.length >= DISTINCTIVE_CONTEXT) {
    for (const hit of search.occurrences(exact + suffix.slice(0, DISTINCTIVE_CONTEXT))) starts.add(hit);
  } else if (text.endsWith(exact + suffix)) starts.add(text.length - suffix.length - exact.length);
  return [...starts].sort((a, b) => a - b).map(at);
}
