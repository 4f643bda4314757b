import { describe, expect, it } from 'vitest';
import { judgeAnchors } from './anchorAccuracy';
import { seededRandom } from './seededRandom';
import { applyWordEdits, findWords, mapWordRange, randomWordEdits, randomWordRanges, type WordRange } from './wordEdits';

const text = 'one two  three\nfour five six seven eight nine ten';
const words = findWords(text);
const rangeOf = (firstWord: number, lastWord: number): WordRange => ({ firstWord, lastWord, start: words[firstWord]!.start, end: words[lastWord]!.end });

describe('word edits', () => {
  it('finds words as runs of non-space characters', () => {
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
  });

  it('replaces a word in place and maps a range over it to the replacement', () => {
    const edited = applyWordEdits(text, words, [{ index: 2, kind: 'replace', word: 'TEN' }]);
    expect(edited.text).toBe('one two  TEN\nfour five six seven eight nine ten');
    expect(textOf(edited.text, mapWordRange(edited, rangeOf(0, 2)))).toBe('one two  TEN');
  });

  it('deletes a word with the space before it, and the first word with the space after it', () => {
    expect(applyWordEdits(text, words, [{ index: 3, kind: 'delete', word: '' }]).text).toBe('one two  three five six seven eight nine ten');
    expect(applyWordEdits(text, words, [{ index: 0, kind: 'delete', word: '' }]).text).toBe('two  three\nfour five six seven eight nine ten');
  });

  it('inserts a word before the chosen one: inside a range that spans it, outside one that starts there', () => {
    const edited = applyWordEdits(text, words, [{ index: 4, kind: 'insert', word: 'NEW' }]);
    expect(edited.text).toBe('one two  three\nfour NEW five six seven eight nine ten');
    expect(textOf(edited.text, mapWordRange(edited, rangeOf(3, 5)))).toBe('four NEW five six');
    expect(textOf(edited.text, mapWordRange(edited, rangeOf(4, 5)))).toBe('five six');
  });

  it('maps a range to its surviving words, and to null when all of them were deleted', () => {
    const edited = applyWordEdits(text, words, [
      { index: 4, kind: 'delete', word: '' },
      { index: 6, kind: 'delete', word: '' },
    ]);
    expect(textOf(edited.text, mapWordRange(edited, rangeOf(4, 6)))).toBe('six');
    expect(mapWordRange(edited, rangeOf(4, 4))).toBeNull();
  });

  it('draws the requested share of distinct edits, the same ones for the same seed', () => {
    const edits = randomWordEdits(text, words, 0.3, seededRandom(42));
    expect(edits).toHaveLength(3);
    expect(new Set(edits.map((edit) => edit.index)).size).toBe(3);
    expect(randomWordEdits(text, words, 0.3, seededRandom(42))).toEqual(edits);
  });

  it('draws ranges of the requested number of whole words', () => {
    for (const range of randomWordRanges(words, 50, 3, 5, seededRandom(1))) {
      expect(range.lastWord - range.firstWord + 1).toBeGreaterThanOrEqual(3);
      expect(range.lastWord - range.firstWord + 1).toBeLessThanOrEqual(5);
      expect(text.slice(range.start, range.end)).toBe(text.slice(words[range.firstWord]!.start, words[range.lastWord]!.end));
    }
  });
});

describe('judgeAnchors', () => {
  it('tells correct, orphaned, partly-off and misplaced anchors apart', () => {
    const want = [{ start: 0, end: 100 }, { start: 0, end: 100 }, { start: 0, end: 100 }, { start: 0, end: 100 }, null, null];
    const got = [{ start: 2, end: 100 }, null, { start: 50, end: 100 }, { start: 200, end: 300 }, null, { start: 0, end: 5 }];
    expect(judgeAnchors(want, got)).toEqual({ total: 6, correct: 2, orphaned: 1, partial: 1, misplaced: 2 });
  });
});

function textOf(edited: string, span: { start: number; end: number } | null): string | null {
  return span === null ? null : edited.slice(span.start, span.end);
}
