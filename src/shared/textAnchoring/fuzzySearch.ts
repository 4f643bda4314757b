import search from 'approx-string-match';
import { MAX_ERROR_RATE } from './acceptance';
import type { Candidate } from './chooseCandidate';
import type { SearchWindow } from './exactSearch';

/** Beyond this the bit-parallel search slows down with little to gain: such a quote has changed past recognition. */
const MAX_ERRORS = 256;

/** The most differences a fuzzy match of a quote this long may have (0 below 4 characters). */
export function maxErrorsFor(quoteLength: number): number {
  return Math.min(MAX_ERRORS, Math.floor(quoteLength * MAX_ERROR_RATE));
}

/**
 * The closest approximate matches of exact inside the window: the library
 * returns only the matches with the fewest errors, each with the earliest
 * start for its end.
 */
export function findFuzzy(text: string, exact: string, window: SearchWindow, maxErrors: number): Candidate[] {
  if (exact.length === 0 || window.to <= window.from) return [];
  const haystack = window.from === 0 && window.to === text.length ? text : text.slice(window.from, window.to);
  return search(haystack, exact, maxErrors).map((match) => ({
    start: window.from + match.start,
    end: window.from + match.end,
    errors: match.errors,
  }));
}
