import { contextSupport, type ContextMatch } from './context';
import { CONTEXT_LENGTH } from './selectors';

/** More differences than this share of the quote and it is another text, not an edited one. */
export const MAX_ERROR_RATE = 0.25;
/** Below this many characters a quote is common enough to occur by chance: only context can vouch for it. */
export const SHORT_QUOTE = 12;
/** From this many characters on, a near-match is distinctive on its own, wherever it is. */
export const DISTINCTIVE_QUOTE = 32;
/** The share of one side of the context that must match when the quote alone is not enough. */
export const MIN_CONTEXT_SUPPORT = 0.5;
/** The same in characters, for a context of the usual length. */
export const DISTINCTIVE_CONTEXT = CONTEXT_LENGTH * MIN_CONTEXT_SUPPORT;

/** What is known about one place a quote might now be. */
export interface CandidateEvidence {
  quoteLength: number;
  errors: number;
  context: ContextMatch;
  /** Whether it sits exactly where the annotation was expected (stored or drift-corrected position). */
  atExpectedPlace: boolean;
  /** Whether it names the same names, numbers and quoted words as the stored quote (see keyTerms). */
  keyTermsAgree: boolean;
}

/**
 * Decides whether a candidate may become the anchor. An annotation that lands
 * on the wrong words is worse than an orphan the user can re-attach, so a
 * candidate must either be distinctive by itself or be vouched for by context.
 */
export function isAcceptable(evidence: CandidateEvidence): boolean {
  const { quoteLength, errors, context, atExpectedPlace, keyTermsAgree } = evidence;
  if (quoteLength === 0 || errors > quoteLength * MAX_ERROR_RATE) return false;
  // A look-alike sentence differs from the original in few characters but in its names and numbers.
  // Only the original's own neighbours on both sides can vouch for a passage whose names were edited.
  if (errors > 0 && !keyTermsAgree && Math.min(context.prefix, context.suffix) < MIN_CONTEXT_SUPPORT) return false;
  if (contextSupport(context) >= MIN_CONTEXT_SUPPORT) return true;
  if (quoteLength < SHORT_QUOTE) return false;
  // An unchanged quote of a dozen characters at its own position is no coincidence.
  if (errors === 0 && atExpectedPlace) return true;
  return quoteLength >= DISTINCTIVE_QUOTE;
}
