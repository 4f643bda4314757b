import { isAcceptable } from './acceptance';
import { matchContext } from './context';
import { keyTermsAgree } from './keyTerms';
import type { QuoteSelector } from './selectors';

/** A place where the quote, or something close to it, occurs: text[start, end) with an edit distance. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Nearness only breaks ties: a single matching character of context (1/32) outweighs any distance. */
const NEARNESS_WEIGHT = 0.02;

/**
 * Picks the most likely of several places for a quote, or null when none is
 * acceptable: fewest errors first, then the best agreement of prefix and
 * suffix, then the smallest distance from where it was expected.
 */
export function chooseCandidate(
  text: string,
  quote: QuoteSelector,
  candidates: Iterable<Candidate>,
  expectedStart: number,
): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    if (best !== null && candidate.errors > best.errors) continue;
    const context = matchContext(text, quote, candidate.start, candidate.end);
    const atExpectedPlace = candidate.start === expectedStart && candidate.errors === 0;
    // Only an approximate match can differ in its names; an exact one has the quote's own words.
    const termsAgree = candidate.errors === 0 || keyTermsAgree(text, quote, candidate.start, candidate.end);
    if (!isAcceptable({ quoteLength: quote.exact.length, errors: candidate.errors, context, atExpectedPlace, keyTermsAgree: termsAgree })) continue;
    const nearness = 1 - Math.min(1, Math.abs(candidate.start - expectedStart) / Math.max(1, text.length));
    const score = context.prefix + context.suffix + NEARNESS_WEIGHT * nearness;
    if (best === null || candidate.errors < best.errors || score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
