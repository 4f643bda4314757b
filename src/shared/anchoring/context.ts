import type { QuoteSelector } from './selectors';

/** How well the stored prefix and suffix agree with the text around a candidate, each 0..1. */
export interface ContextMatch {
  prefix: number;
  suffix: number;
}

/**
 * Compares the stored context with the text around text[start, end), counting
 * matching characters outward from the candidate: the characters next to a
 * quote say the most about whether it is the same place. An empty stored side
 * means the quote touched the edge of the text, so it only matches there.
 */
export function matchContext(text: string, quote: QuoteSelector, start: number, end: number): ContextMatch {
  return { prefix: prefixMatch(text, quote.prefix, start), suffix: suffixMatch(text, quote.suffix, end) };
}

function prefixMatch(text: string, prefix: string, start: number): number {
  if (prefix.length === 0) return start === 0 ? 1 : 0;
  let matched = 0;
  while (matched < prefix.length && matched < start) {
    if (prefix.charCodeAt(prefix.length - 1 - matched) !== text.charCodeAt(start - 1 - matched)) break;
    matched++;
  }
  return matched / prefix.length;
}

function suffixMatch(text: string, suffix: string, end: number): number {
  if (suffix.length === 0) return end === text.length ? 1 : 0;
  let matched = 0;
  while (matched < suffix.length && end + matched < text.length) {
    if (suffix.charCodeAt(matched) !== text.charCodeAt(end + matched)) break;
    matched++;
  }
  return matched / suffix.length;
}

/** The better of the two sides: one intact side is enough to vouch for a place. */
export function contextSupport(context: ContextMatch): number {
  return Math.max(context.prefix, context.suffix);
}
