import { describe, expect, it } from 'vitest';
import { MIXED_WORDS } from '../testing/wordsByTheRules';
import { decodeWordChunks, encodeWordChunks, SAVED_WORDS_VERSION, type SavedWordsKey } from './savedWordChunks';
import { chunkText } from './textChunks';
import { indexWordChunks } from './wordChunks';

const text = (MIXED_WORDS + 'Pierre walked on. '.repeat(300) + '\n\n').repeat(20);
const chunks = chunkText(text);
const words = indexWordChunks(text, chunks);
const key: SavedWordsKey = { documentId: 'doc-1', textVersion: 3, charCount: text.length, sha256: 'a'.repeat(64) };
const saved = encodeWordChunks(key, chunks.length, words);

/** `bytes` with its header line's JSON changed by `edit`. */
function withHeader(bytes: Uint8Array, edit: (header: Record<string, unknown>) => void): Uint8Array {
  const lineEnd = bytes.indexOf(0x0a);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, lineEnd))) as Record<string, unknown>;
  edit(header);
  const line = new TextEncoder().encode(JSON.stringify(header));
  const changed = new Uint8Array(line.length + bytes.length - lineEnd);
  changed.set(line);
  changed.set(bytes.subarray(lineEnd), line.length);
  return changed;
}

describe('a saved word → chunks map', () => {
  it('reads back as it was saved, wherever its bytes sit in memory', () => {
    expect(decodeWordChunks(saved, key, chunks.length)).toEqual(words);
    const shifted = new Uint8Array(saved.length + 1).subarray(1);
    shifted.set(saved);
    expect(decodeWordChunks(shifted, key, chunks.length)).toEqual(words);
    // As read from a file: a Buffer, maybe a view of a larger pool.
    expect(decodeWordChunks(Buffer.concat([Buffer.from('xyz'), saved]).subarray(3), key, chunks.length)).toEqual(words);
    const empty = indexWordChunks('', []);
    expect(decodeWordChunks(encodeWordChunks({ ...key, charCount: 0 }, 0, empty), { ...key, charCount: 0 }, 0)).toEqual(empty);
  });

  it('is not used for any other text: another document, version, length, hash or cut into chunks', () => {
    for (const other of [{ documentId: 'doc-2' }, { textVersion: 4 }, { charCount: text.length + 1 }, { sha256: 'b'.repeat(64) }]) {
      expect(decodeWordChunks(saved, { ...key, ...other }, chunks.length)).toBe('other');
    }
    expect(decodeWordChunks(saved, key, chunks.length + 1)).toBe('other');
  });

  it('is not used when damaged anywhere: a byte changed, cut short, lengthened, or no header', () => {
    for (const at of [saved.indexOf(0x0a) + 3, saved.length - 2, Math.floor(saved.length / 2)]) {
      const damaged = saved.slice();
      damaged[at]! ^= 0x20;
      expect(decodeWordChunks(damaged, key, chunks.length), `byte ${at}`).toBe('other');
    }
    expect(decodeWordChunks(saved.subarray(0, saved.length - 4), key, chunks.length)).toBe('other');
    expect(decodeWordChunks(new Uint8Array([...saved, 0, 0, 0, 0]), key, chunks.length)).toBe('other');
    expect(decodeWordChunks(new Uint8Array(0), key, chunks.length)).toBe('other');
    expect(decodeWordChunks(new TextEncoder().encode('{"kind":"gloss-search-words"'), key, chunks.length)).toBe('other');
    expect(decodeWordChunks(withHeader(saved, (h) => (h['wordCount'] = -1)), key, chunks.length)).toBe('other');
  });

  it('is not used when consistent but impossible (a chunk the text does not have), nor when from another byte order', () => {
    const badIds = encodeWordChunks(key, chunks.length, { ...words, chunkIds: words.chunkIds.map((id) => id + chunks.length) });
    expect(decodeWordChunks(badIds, key, chunks.length)).toBe('other');
    expect(decodeWordChunks(withHeader(saved, (h) => (h['littleEndian'] = !h['littleEndian'])), key, chunks.length)).toBe('other');
  });

  it('from a newer Gloss is told apart, so that it is left as it is', () => {
    expect(decodeWordChunks(withHeader(saved, (h) => (h['schemaVersion'] = SAVED_WORDS_VERSION + 1)), key, chunks.length)).toBe('newer');
  });
});
