import { describe, expect, it } from 'vitest';
import { buildGramIndex, lookUp } from './gramIndex';
import { pseudoText } from './testing';
import { scanText, searchTextAdaptively } from './wholeTextSearch';

const text = `${pseudoText(3_000)} and so on and so on and so on. ${pseudoText(3_000, 9)}`;

describe('buildGramIndex and lookUp', () => {
  const index = buildGramIndex(text);

  it('finds every occurrence of a needle, overlapping ones included, in order', () => {
    const scan = scanText(text);
    for (const needle of [' and so on and so', 'and so on', text.slice(1_000, 1_020), text.slice(20_000, 20_008), 'nowhere!!']) {
      expect(lookUp(index, text, needle)).toEqual(scan.occurrences(needle));
    }
  });

  it('returns nothing when a needle occurs more often than the limit', () => {
    expect(lookUp(index, text, 'and so on', 2)).toEqual([]);
    expect(lookUp(index, text, 'and so on', 3)).toHaveLength(3);
  });

  it('indexes text beyond Latin-1 (Hebrew, emoji) alike', () => {
    const hebrew = 'בראשית ברא אלהים 🚀 את השמים ואת הארץ 🚀 את השמים';
    const needle = '🚀 את השמים';
    expect(lookUp(buildGramIndex(hebrew), hebrew, needle)).toEqual([hebrew.indexOf(needle), hebrew.lastIndexOf(needle)]);
    expect(hebrew.indexOf(needle)).not.toBe(hebrew.lastIndexOf(needle));
  });
});

describe('searchTextAdaptively', () => {
  it('answers exactly as scanning does, before and after it builds its index', () => {
    const adaptive = searchTextAdaptively(text);
    const scan = scanText(text);
    for (let i = 0; i < 300; i++) {
      const needle = text.slice(i * 97, i * 97 + 8 + (i % 12));
      expect(adaptive.occurrences(needle, 5)).toEqual(scan.occurrences(needle, 5));
    }
  });
});
