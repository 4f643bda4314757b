import { chooseCandidate, type Candidate } from './chooseCandidate';
import { findExact, findExactInWholeText, windowAround } from './exactSearch';
import { findFuzzy, maxErrorsFor } from './fuzzySearch';
import { refineBoundaries } from './refineBoundaries';
import type { TextSelectors } from './selectors';
import { snapRange } from './snapRange';
import { findFuzzyInLongText } from './wholeTextFuzzy';
import { scanText, type WholeTextSearch } from './wholeTextSearch';

/** Which step found the annotation: its stored position, an exact search, or an approximate one. */
export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

/** Where an annotation now sits in the text: [start, end) and how that was found. */
export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

export interface AnchorOptions {
  /** Where the quote is most likely to start now; defaults to the stored position. */
  expectedStart?: number;
  /** Characters searched on each side of expectedStart before the whole text. @default 4000 */
  windowSize?: number;
}

/** Edits rarely move text further than this; a window this size costs well under a millisecond to search. */
export const DEFAULT_WINDOW_SIZE = 4_000;
/** Above this length a plain approximate scan of the whole text costs tens of milliseconds per quote. */
const LONG_TEXT = 200_000;
/** Caps the errors of a search of a whole long text: each allowed error costs one more substring search there. */
const LONG_TEXT_MAX_ERRORS = 16;

/** How far past its error count a fuzzy boundary may sit from the true one: about one changed word. */
const BOUNDARY_SLACK = 16;

type Search = [AnchorMethod, () => Candidate[]];

/**
 * Re-anchors one annotation in `text`: its stored position if the quote is
 * still there, else the quote near where it was expected (exactly, then
 * approximately), and only then anywhere in the text. Null means orphan.
 */
export function anchorSelectors(text: string, selectors: TextSelectors, options: AnchorOptions = {}): Anchor | null {
  return anchorInText(scanText(text), selectors, options);
}

/** anchorSelectors with the whole-text search supplied, so that many annotations can share one index. */
export function anchorInText(search: WholeTextSearch, selectors: TextSelectors, options: AnchorOptions = {}): Anchor | null {
  const { text } = search;
  const { quote, position } = selectors;
  const exact = quote.exact;
  if (exact.length === 0) return null;
  const expectedStart = options.expectedStart ?? position.start;
  for (const start of new Set([expectedStart, position.start])) {
    if (start < 0 || !text.startsWith(exact, start)) continue;
    const here = chooseCandidate(text, quote, [{ start, end: start + exact.length, errors: 0 }], start);
    if (here) return toAnchor(text, here, 'position');
  }
  const slack = maxErrorsFor(exact.length) + BOUNDARY_SLACK;
  for (const [method, find] of searchesInOrder(search, selectors, expectedStart, options.windowSize ?? DEFAULT_WINDOW_SIZE)) {
    // An approximate match is judged with its boundaries where the context puts them, as the user would see it.
    const candidates = method === 'fuzzy' ? find().map((candidate) => refineBoundaries(text, quote, candidate, slack)) : find();
    const found = chooseCandidate(text, quote, candidates, expectedStart);
    if (found) return toAnchor(text, found, method);
  }
  return null;
}

/**
 * The window first, exact then fuzzy: a quote edited where it stood is more
 * likely than a chance repeat of it far away, and a window is cheap. Then the
 * whole text, for passages that moved.
 */
function searchesInOrder(search: WholeTextSearch, { quote }: TextSelectors, expectedStart: number, windowSize: number): Search[] {
  const { text } = search;
  const exact = quote.exact;
  const window = windowAround(text, expectedStart, exact.length, windowSize);
  const maxErrors = maxErrorsFor(exact.length);
  const searches: Search[] = [['exact', () => findExact(text, exact, window)]];
  if (maxErrors > 0) searches.push(['fuzzy', () => findFuzzy(text, exact, window, maxErrors)]);
  if (window.from === 0 && window.to === text.length) return searches;
  searches.push(['exact', () => findExactInWholeText(search, quote)]);
  if (maxErrors === 0) return searches;
  searches.push(
    text.length > LONG_TEXT
      ? ['fuzzy', () => findFuzzyInLongText(search, exact, Math.min(LONG_TEXT_MAX_ERRORS, maxErrors))]
      : ['fuzzy', () => findFuzzy(text, exact, { from: 0, to: text.length }, maxErrors)],
  );
  return searches;
}

/** Edited text can put an accent right after a quote, and a fuzzy match can stop inside an emoji: keep whole characters. */
function toAnchor(text: string, candidate: Candidate, method: AnchorMethod): Anchor {
  return { ...snapRange(text, candidate.start, candidate.end), method };
}
