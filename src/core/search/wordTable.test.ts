import { describe, expect, it } from 'vitest';
import { hashWord } from './searchTokens';
import { WordTable } from './wordTable';

describe('the word table', () => {
  it('numbers each distinct word once, in the order first seen, given as a string or as a stretch of a longer one', () => {
    const table = new WordTable();
    const line = 'the war and the peace';
    const stretch = (start: number, end: number) => table.idOfStretch(line, start, end, hashWord(line.slice(start, end)));
    expect([stretch(0, 3), stretch(4, 7), table.idOf('and'), stretch(12, 15), table.idOf('peace'), table.idOf('war')]).toEqual([0, 1, 2, 0, 3, 1]);
    expect(table.words).toEqual(['the', 'war', 'and', 'peace']);
  });

  it('tells apart words that share a hash slot, and grows past its first size', () => {
    const table = new WordTable();
    const words = Array.from({ length: 20_000 }, (_, i) => `word${i}`);
    expect(words.map((word) => table.idOf(word))).toEqual(words.map((_, i) => i));
    expect(words.map((word) => table.idOf(word))).toEqual(words.map((_, i) => i));
    expect(table.words).toEqual(words);
  });
});
