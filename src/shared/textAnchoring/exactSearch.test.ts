import { describe, expect, it } from 'vitest';
import { findExact, findExactInWholeText, windowAround } from './exactSearch';
import { scanText } from './wholeTextSearch';

describe('findExact', () => {
  it('finds overlapping occurrences', () => {
    expect(findExact('aaaa', 'aa', { from: 0, to: 4 }).map((c) => c.start)).toEqual([0, 1, 2]);
  });

  it('finds only occurrences that lie wholly inside the window', () => {
    const text = 'cat.cat.cat.cat';
    expect(findExact(text, 'cat', { from: 2, to: 11 })).toEqual([
      { start: 4, end: 7, errors: 0 },
      { start: 8, end: 11, errors: 0 },
    ]);
  });
});

describe('windowAround', () => {
  it('spans the radius on both sides of the expected quote and stays inside the text', () => {
    expect(windowAround('x'.repeat(100), 50, 10, 20)).toEqual({ from: 30, to: 80 });
    expect(windowAround('x'.repeat(100), 5, 10, 20)).toEqual({ from: 0, to: 35 });
    expect(windowAround('x'.repeat(100), 500, 10, 20)).toEqual({ from: 100, to: 100 });
  });
});

describe('findExactInWholeText', () => {
  const prefix = 'the old quay where boats are tied';
  const text = `A dog sat. Then ${prefix} sat a cat. A bird sat.`;

  it('finds a long quote everywhere it occurs', () => {
    const quote = { exact: 'sat. Then the old quay', prefix: 'A dog ', suffix: ' where' };
    expect(findExactInWholeText(scanText(text), quote).map((c) => c.start)).toEqual([6]);
  });

  it('finds a short quote only together with 16 characters of its prefix or suffix', () => {
    const quote = { exact: 'sat', prefix: `xx${prefix.slice(-30)} `, suffix: ' nothing like this text at all!!' };
    expect(findExactInWholeText(scanText(text), quote).map((c) => c.start)).toEqual([text.indexOf('sat a cat')]);
  });

  it('finds a short quote at the start of the text when its short prefix reaches that start', () => {
    const quote = { exact: 'dog', prefix: 'A ', suffix: ' different suffix that is not here' };
    expect(findExactInWholeText(scanText(text), quote).map((c) => c.start)).toEqual([2]);
    expect(findExactInWholeText(scanText(`Oh. ${text}`), quote)).toEqual([]);
  });
});
