import { randomInt, seededRandom } from './seededRandom';
import { findWords } from './wordEdits';

/** A highlight to seed: text offsets [start, end) in the document's plain text. */
export interface SeedRange {
  start: number;
  end: number;
}

/** Share of highlights placed over the one before them, so nested marks are exercised too. */
const OVERLAP_SHARE = 0.02;
const MIN_WORDS = 3;
const MAX_WORDS = 30;

/**
 * `count` word-aligned highlights of 3–30 words spread evenly over the text
 * (one per equal slice of its words, so every part of a book has some), about
 * 2% of them overlapping their predecessor. Same seed, same highlights.
 */
export function spreadHighlights(text: string, count: number, seed = 5000): SeedRange[] {
  const words = findWords(text);
  const slot = Math.floor(words.length / Math.max(count, 1));
  if (count > 0 && slot < MAX_WORDS) throw new Error(`${count} highlights do not fit in ${words.length} words without piling up.`);
  const random = seededRandom(seed);
  const ranges: SeedRange[] = [];
  let previous: { first: number; last: number } | null = null;
  for (let i = 0; i < count; i++) {
    const length = randomInt(random, MIN_WORDS, MAX_WORDS);
    const first: number =
      previous && random() < OVERLAP_SHARE
        ? randomInt(random, previous.first, previous.last)
        : i * slot + randomInt(random, 0, slot - length);
    const last = Math.min(first + length - 1, words.length - 1);
    ranges.push({ start: words[first]!.start, end: words[last]!.end });
    previous = { first, last };
  }
  return ranges;
}
