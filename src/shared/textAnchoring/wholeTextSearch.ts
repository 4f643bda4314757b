import { buildGramIndex, GRAM_LENGTH, lookUp, type GramIndex } from './gramIndex';

/** Finds substrings anywhere in one text: the last resort of anchoring, and its most expensive step. */
export interface WholeTextSearch {
  text: string;
  /** Every start of needle in the text, in order; none at all when there are more than limit. */
  occurrences(needle: string, limit?: number): number[];
}

/** Plain indexOf scans: nothing to build, ~0.5–2 ms per needle on a 3 MB book. */
export function scanText(text: string): WholeTextSearch {
  return { text, occurrences: (needle, limit) => scanFor(text, needle, limit ?? Infinity) };
}

function scanFor(text: string, needle: string, limit: number): number[] {
  const hits: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (hits.length === limit) return [];
    hits.push(at);
  }
  return hits;
}

/**
 * Scans this many needles (~1–2 ms each on a 3 MB book) before building an
 * index (~150 ms there): a few orphans never pay for it, thousands soon do.
 */
const SCANS_BEFORE_INDEX = 128;

/**
 * Scans at first and indexes the text once enough searches have shown that
 * many annotations need the whole text (a new edition of a book, say), so
 * thousands of orphans cost seconds rather than minutes. Both give the same
 * answers; only the time differs.
 */
export function searchTextAdaptively(text: string): WholeTextSearch {
  let scans = 0;
  let index: GramIndex | null = null;
  return {
    text,
    occurrences(needle, limit = Infinity) {
      if (needle.length < GRAM_LENGTH) return scanFor(text, needle, limit);
      if (index === null && ++scans > SCANS_BEFORE_INDEX) index = buildGramIndex(text);
      return index === null ? scanFor(text, needle, limit) : lookUp(index, text, needle, limit);
    },
  };
}
