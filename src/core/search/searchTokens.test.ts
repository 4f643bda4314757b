import { describe, expect, it } from 'vitest';
import { MIXED_WORDS, wordsByTheRules } from '../testing/wordsByTheRules';
import { hashWord, scanWords, startsWord, wordsOf } from './searchTokens';

describe('the words of a text', () => {
  it('are runs of letters, digits, marks and "_", lower-cased and without accents, and each character of a script without spaces', () => {
    expect(wordsOf(MIXED_WORDS)).toEqual(wordsByTheRules(MIXED_WORDS));
    expect(wordsOf('Natásha naïve Ωmega a𝐀b x\u0301y 東京 don’t')).toEqual(['natasha', 'naive', 'ωmega', 'a𝐀b', 'xy', '東', '京', 'don', 't']);
  });

  it('come as stretches of the lower-cased text with their hash when ASCII, as strings otherwise', () => {
    const seen: string[] = [];
    scanWords('War and Pæace', {
      asciiWord: (lower, start, end, hash) => seen.push(`${lower.slice(start, end)}:${hash === hashWord(lower.slice(start, end))}`),
      word: (folded) => seen.push(`(${folded})`),
    });
    expect(seen).toEqual(['war:true', 'and:true', '(pæace)']);
  });

  it('start after a separator or next to a character of a script without spaces', () => {
    expect([0, 3, 4, 5].map((at) => startsWord('war and', at))).toEqual([true, false, true, false]);
    expect(startsWord('東京', 1)).toBe(true);
  });
});
