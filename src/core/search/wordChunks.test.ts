import { describe, expect, it } from 'vitest';
import { MIXED_WORDS, wordsByTheRules } from '../testing/wordsByTheRules';
import { chunkText, CHUNK_LENGTH } from './textChunks';
import { indexWordChunks, type WordChunks } from './wordChunks';

/** Word → its chunks, as the index lists them. */
function listed({ words, offsets, chunkIds }: WordChunks): Map<string, number[]> {
  return new Map(words.map((word, id) => [word, [...chunkIds.subarray(offsets[id], offsets[id + 1])]]));
}

/** Word → the chunks it is in by the tokenizer's rules, read chunk by chunk. */
function expected(text: string): Map<string, number[]> {
  const chunksOf = new Map<string, number[]>();
  chunkText(text).forEach((chunk, id) => {
    for (const word of wordsByTheRules(text.slice(chunk.start, chunk.end))) {
      const list = chunksOf.get(word) ?? [];
      if (list.at(-1) !== id) list.push(id);
      chunksOf.set(word, list);
    }
  });
  return chunksOf;
}

describe('the word → chunks map of a text', () => {
  it('lists every word of the text, once, with each chunk it occurs in, ascending', () => {
    const text = (MIXED_WORDS + 'Pierre walked on. '.repeat(200) + '\n\n').repeat(40) + 'Pfuel at the end';
    expect(chunkText(text).length).toBeGreaterThan(5);
    const found = listed(indexWordChunks(text, chunkText(text)));
    expect(found).toEqual(expected(text));
    for (const word of ['natasha', 'cafe', 'istanbul', 'x_y', '1812', '東', 'タ', '𝐀𝐁c', 'ωμεγα', 'don']) expect(found.has(word), word).toBe(true);
    expect(found.get('pfuel')).toEqual([chunkText(text).length - 1]);
  });

  it('files a word whose accents fold away with the same word written plainly', () => {
    const found = listed(indexWordChunks('Café, cafe and CAFÉ.', chunkText('Café, cafe and CAFÉ.')));
    expect([...found.keys()]).toEqual(['cafe', 'and']);
  });

  it('keeps thousands of distinct words apart, words far longer than a chunk included', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    const long = 'a'.repeat(3 * CHUNK_LENGTH);
    const text = `${many} ${long} ${long}b ${many}`;
    const found = listed(indexWordChunks(text, chunkText(text)));
    expect(found).toEqual(expected(text));
    expect(found.has(long)).toBe(true);
    expect(found.has(`${long}b`)).toBe(true);
  });

  it('is empty for a text without words', () => {
    expect(indexWordChunks('', [])).toEqual({ words: [], offsets: new Uint32Array(1), chunkIds: new Uint32Array(0) });
    expect(indexWordChunks(' … — ', chunkText(' … — ')).words).toEqual([]);
  });
});
