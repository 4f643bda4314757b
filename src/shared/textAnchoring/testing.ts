import type { Anchor } from './anchorSelectors';
import { describeRange, type TextSelectors } from './selectors';

/** Test helper: the selectors a reader would store for the n-th occurrence of quote in text. */
export function selectorsFor(text: string, quote: string, occurrence = 0): TextSelectors {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`"${quote}" does not occur ${occurrence + 1} times in the test text.`);
  }
  return describeRange(text, at, at + quote.length);
}

/** Test helper: the text an anchor covers, or null for an orphan. */
export function textAt(text: string, anchor: Anchor | null): string | null {
  return anchor === null ? null : text.slice(anchor.start, anchor.end);
}

/** Test helper: deterministic pseudo-words (no two alike in practice), for texts too long to write out. */
export function pseudoText(wordCount: number, seed = 1): string {
  let state = seed;
  const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    const length = 3 + (next() % 7);
    let word = '';
    for (let j = 0; j < length; j++) word += String.fromCharCode(97 + ((next() >>> 8) % 26));
    words.push(word);
  }
  return words.join(' ');
}
