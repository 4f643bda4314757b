import { describe, expect, it } from 'vitest';
import { anchorSelectors } from './anchorSelectors';
import { pseudoText, selectorsFor, textAt } from './testing';
import { findFuzzyInLongText } from './wholeTextFuzzy';
import { scanText } from './wholeTextSearch';

// Long enough (>200 KB) that anchoring takes the filtered whole-text path.
const book = pseudoText(40_000);

describe('findFuzzyInLongText', () => {
  it('finds a quote with a few changes far from anywhere it was expected', () => {
    const quote = book.slice(150_000, 150_080);
    const edited = book.slice(0, 150_010) + 'XYZ' + book.slice(150_013);
    const matches = findFuzzyInLongText(scanText(edited), quote, 8);
    expect(matches.map((match) => match.start)).toContain(150_000);
    expect(Math.min(...matches.map((match) => match.errors))).toBe(3);
  });

  it('finds a match in which only one piece of the quote survived unchanged', () => {
    const quote = book.slice(10_000, 10_048);
    // Three pieces of 16 characters (2 errors allowed); damage the first two.
    const edited = book.slice(0, 10_003) + '#' + book.slice(10_004, 10_020) + '#' + book.slice(10_021);
    expect(findFuzzyInLongText(scanText(edited), quote, 2).map((match) => match.start)).toContain(10_000);
  });

  it('does not search for quotes too short to cut into pieces that narrow the search', () => {
    expect(findFuzzyInLongText(scanText(book), book.slice(500, 515), 3)).toEqual([]);
  });
});

describe('anchorSelectors in a long text', () => {
  it('finds a passage that moved far and was edited inside, fuzzily', () => {
    const passage = book.slice(20_000, 20_400);
    const selectors = selectorsFor(book, passage.slice(100, 180));
    const moved = (book.slice(0, 20_000) + book.slice(20_400, 180_000) + passage.replace(passage.slice(130, 134), 'QQQQ') + book.slice(180_000));
    const anchor = anchorSelectors(moved, selectors);
    expect(anchor?.method).toBe('fuzzy');
    expect(anchor!.start).toBeGreaterThan(170_000);
    expect(textAt(moved, anchor)).toBe(passage.slice(100, 130) + 'QQQQ' + passage.slice(134, 180));
  });

  it('leaves a short quote that vanished an orphan instead of matching junk somewhere in the book', () => {
    const selectors = selectorsFor(book, book.slice(30_000, 30_010));
    const edited = book.slice(0, 29_990) + book.slice(30_020);
    expect(anchorSelectors(edited, selectors)).toBeNull();
  });
});
