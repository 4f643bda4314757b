import { CONTEXT_LENGTH, type QuoteSelector } from './selectors';

/** How well the stored prefix and suffix agree with the text around a candidate, each 0..1. */
export interface ContextMatch {
  prefix: number;
  suffix: number;
}

/**
 * Compares the stored context with the text around text[start, end), counting
 * matching characters outward from the candidate: the characters next to a
 * quote say the most about whether it is the same place. Matches count
 * against a full context's length, so the short prefix of a quote near the
 * start of the text is weak evidence anywhere but at the same distance from
 * that start, where it matches completely (an empty prefix: only at 0).
 */
export function matchContext(text: string, quote: QuoteSelector, start: number, end: number): ContextMatch {
  const before = matchedBefore(text, quote.prefix, start);
  const after = matchedAfter(text, quote.suffix, end);
  const prefix = before === quote.prefix.length && start === before ? 1 : before / Math.max(CONTEXT_LENGTH, quote.prefix.length);
  const suffix = after === quote.suffix.length && end + after === text.length ? 1 : after / Math.max(CONTEXT_LENGTH, quote.suffix.length);
  return { prefix, suffix };
}

/** How many characters of prefix, counted from its end, stand right before offset. */
export function matchedBefore(text: string, prefix: string, offset: number): number {
  let matched = 0;
  while (matched < prefix.length && matched < offset) {
    if (prefix.charCodeAt(prefix.length - 1 - matched) !== text.charCodeAt(offset - 1 - matched)) break;
    matched++;
  }
  return matched;
}

/** How many characters of suffix, counted from its start, stand right after offset. */
export function matchedAfter(text: string, suffix: string, offset: number): number {
  let matched = 0;
  while (matched < suffix.length && offset + matched < text.length) {
    if (suffix.charCodeAt(matched) !== text.charCodeAt(offset + matched)) break;
    matched++;
  }
  return matched;
}

/** The better of the two sides: one intact side is enough to vouch for a place. */
export function contextSupport(context: ContextMatch): number {
  return Math.max(context.prefix, context.suffix);
}
