import type { QuoteSelector } from './selectors';

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_BEFORE = /[\p{L}\p{N}]*$/u;
const WORD_AFTER = /^[\p{L}\p{N}]*/u;
/** Double quotation marks of the usual typographies, with what they enclose. */
const QUOTED = /["“”„«»]([^"“”„«»]{1,200})["“”„«»]/gu;

/**
 * The words that tell one passage from a look-alike: names (any capital),
 * numbers, and every word inside quotation marks. "Rubezh-2024 … Tajikistan"
 * and "Rock-2024 … Kazakhstan" differ by a few characters, but not in these.
 */
export function keyTerms(passage: string): Set<string> {
  const terms = new Set<string>();
  for (const [word] of passage.matchAll(WORD)) {
    if (/[\p{Lu}\p{Lt}\p{N}]/u.test(word)) terms.add(word);
  }
  for (const [, inside] of passage.matchAll(QUOTED)) {
    for (const [word] of inside!.matchAll(WORD)) terms.add(word);
  }
  return terms;
}

/**
 * A passage with the words cut by its edges made whole from what stands next
 * to it, so that a boundary a character off does not turn "Rubezh" into
 * "ubezh" on one side of a comparison only.
 */
export function withWholeEdgeWords(before: string, passage: string, after: string): string {
  const head = passage.length > 0 && WORD_CHAR.test(passage[0]!) ? WORD_BEFORE.exec(before)![0] : '';
  const tail = passage.length > 0 && WORD_CHAR.test(passage[passage.length - 1]!) ? WORD_AFTER.exec(after)![0] : '';
  return head + passage + tail;
}

/** Whether text[start, end) names the same names, numbers and quoted words as the stored quote. */
export function keyTermsAgree(text: string, quote: QuoteSelector, start: number, end: number): boolean {
  const stored = keyTerms(withWholeEdgeWords(quote.prefix, quote.exact, quote.suffix));
  const found = keyTerms(withWholeEdgeWords(text.slice(Math.max(0, start - 64), start), text.slice(start, end), text.slice(end, end + 64)));
  if (stored.size !== found.size) return false;
  for (const term of stored) if (!found.has(term)) return false;
  return true;
}
