import type { WordSpan } from './wordEdits';

/** Share of the union that expected and actual ranges must share for a placement to count as correct. */
export const MIN_OVERLAP = 0.9;

/** How a set of re-anchored annotations compares with where their words really went. */
export interface AnchorAccuracy {
  total: number;
  /** Both absent (its words were all deleted), or overlapping the expected range by ≥ MIN_OVERLAP of their union. */
  correct: number;
  /** Not placed although some of its words survived. */
  orphaned: number;
  /** Placed over part of the right words, but with less overlap than MIN_OVERLAP (usually an edited boundary word). */
  partial: number;
  /** Placed on other text entirely: no overlap with its words, or placed although they were all deleted. */
  misplaced: number;
}

/**
 * Judges anchors against the ranges their words were mapped to through the
 * known edit list. Overlap rather than equality, because when the first or
 * last word of a quote was replaced it is a matter of taste whether the
 * highlight should still cover the new word.
 */
export function judgeAnchors(expected: readonly (WordSpan | null)[], actual: readonly (WordSpan | null)[]): AnchorAccuracy {
  const accuracy: AnchorAccuracy = { total: expected.length, correct: 0, orphaned: 0, partial: 0, misplaced: 0 };
  expected.forEach((want, i) => {
    const got = actual[i] ?? null;
    if (want === null) accuracy[got === null ? 'correct' : 'misplaced']++;
    else if (got === null) accuracy.orphaned++;
    else {
      const shared = Math.min(want.end, got.end) - Math.max(want.start, got.start);
      const union = Math.max(want.end, got.end) - Math.min(want.start, got.start);
      if (shared <= 0) accuracy.misplaced++;
      else accuracy[shared / union >= MIN_OVERLAP ? 'correct' : 'partial']++;
    }
  });
  return accuracy;
}

/** "99.80% placed correctly (9 orphaned, 1 partly off, 0 on other text)". */
export function describeAccuracy(accuracy: AnchorAccuracy): string {
  const percent = ((100 * accuracy.correct) / accuracy.total).toFixed(2);
  return `${percent}% placed correctly (${accuracy.orphaned} orphaned, ${accuracy.partial} partly off, ${accuracy.misplaced} on other text)`;
}
