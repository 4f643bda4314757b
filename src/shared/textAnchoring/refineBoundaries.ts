import type { Candidate } from './chooseCandidate';
import type { QuoteSelector } from './selectors';

/** This much of the context next to the quote, found intact, pins a boundary. */
const CONTEXT_PIN = 12;

/**
 * Moves the ends of an approximate match to where the stored context says
 * they are. When a word at the edge of a quote was changed, the fuzzy search
 * may take half of it, or half of the neighbouring word; if the characters
 * that stood right before (after) the quote are found intact within `slack`
 * of the match's start (end), the boundary goes there, the closest such
 * place winning. A side whose context cannot be found is left as matched.
 */
export function refineBoundaries(text: string, quote: QuoteSelector, match: Candidate, slack: number): Candidate {
  const start = nearestOffset(match.start, slack, 0, match.end - 1, (offset) => prefixEndsAt(text, quote.prefix, offset));
  const end = nearestOffset(match.end, slack, start + 1, text.length, (offset) => suffixStartsAt(text, quote.suffix, offset));
  return { ...match, start, end };
}

/** The offset within ±slack of origin (and within [min, max]) nearest to it that passes the test, else origin. */
function nearestOffset(origin: number, slack: number, min: number, max: number, test: (offset: number) => boolean): number {
  for (let distance = 0; distance <= slack; distance++) {
    if (origin - distance >= min && origin - distance <= max && test(origin - distance)) return origin - distance;
    if (distance > 0 && origin + distance >= min && origin + distance <= max && test(origin + distance)) return origin + distance;
  }
  return origin;
}

function prefixEndsAt(text: string, prefix: string, offset: number): boolean {
  // A prefix shorter than the pin only happens at the start of the text, so it pins only there.
  if (prefix.length < CONTEXT_PIN) return offset === prefix.length && text.startsWith(prefix, 0);
  return text.startsWith(prefix.slice(-CONTEXT_PIN), offset - CONTEXT_PIN);
}

function suffixStartsAt(text: string, suffix: string, offset: number): boolean {
  if (suffix.length < CONTEXT_PIN) return offset + suffix.length === text.length && text.endsWith(suffix);
  return text.startsWith(suffix.slice(0, CONTEXT_PIN), offset);
}
