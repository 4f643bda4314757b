import { describe, expect, it } from 'vitest';
import { textMapFromLayout } from '../reader/textMap';
import { matchAtOrAfter, matchRanges, stepMatch } from './matchRanges';

describe('matchRanges', () => {
  // "Alpha beta" and "gamma" in one section: the text has a blank line between them.
  const map = textMapFromLayout(
    [
      { start: 0, end: 10 },
      { start: 12, end: 17 },
    ],
    [0],
  );

  it('places text hits at the editor positions of their words, paragraph by paragraph', () => {
    // Section opens at 0, the first paragraph's content at 2; the second's at 2 + 10 + 2 = 14.
    expect(matchRanges(map, [{ start: 6, end: 10 }, { start: 12, end: 17 }])).toEqual([
      { from: 8, to: 12 },
      { from: 14, to: 19 },
    ]);
  });

  it('keeps a hit that spans the blank line between paragraphs on the words at either side', () => {
    expect(matchRanges(map, [{ start: 8, end: 14 }])).toEqual([{ from: 10, to: 16 }]);
  });
});

describe('matchAtOrAfter', () => {
  const ranges = [5, 20, 40].map((from) => ({ from, to: from + 3 }));

  it('finds the first match starting at or after a position', () => {
    expect(matchAtOrAfter(ranges, 0)).toBe(0);
    expect(matchAtOrAfter(ranges, 5)).toBe(0);
    expect(matchAtOrAfter(ranges, 6)).toBe(1);
    expect(matchAtOrAfter(ranges, 40)).toBe(2);
  });

  it('wraps to the first match past the last one, and says -1 without matches', () => {
    expect(matchAtOrAfter(ranges, 41)).toBe(0);
    expect(matchAtOrAfter([], 3)).toBe(-1);
  });
});

describe('stepMatch', () => {
  it('moves forward and back, wrapping around at both ends', () => {
    expect(stepMatch(0, 3, 1)).toBe(1);
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(1, 3, -1)).toBe(0);
  });

  it('starts from the first going forward and the last going back when none is current', () => {
    expect(stepMatch(-1, 3, 1)).toBe(0);
    expect(stepMatch(-1, 3, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
    expect(stepMatch(0, 1, 1)).toBe(0);
  });
});
