import { createHash } from 'node:crypto';
import type { WordChunks } from './wordChunks';

/**
 * The format of a saved word → chunks map. Bump it whenever what is saved
 * would come out different: the tokenizer's rules (searchTokens.ts), how a
 * text is cut into chunks (textChunks.ts), or this layout.
 */
export const SAVED_WORDS_VERSION = 1;

/** The text a saved map must have been made from: that document's text version, of this length and SHA-256. */
export interface SavedWordsKey {
  documentId: string;
  textVersion: number;
  charCount: number;
  sha256: string;
}

/** The first line of the file: what it holds, and how to check it. */
interface Header extends SavedWordsKey {
  schemaVersion: number;
  kind: 'gloss-search-words';
  littleEndian: boolean;
  chunkCount: number;
  wordCount: number;
  pairCount: number;
  wordBytes: number;
  /** SHA-256 of everything after the header line. */
  bodySha256: string;
}

/** Typed arrays are saved as they are in memory; a machine of the other byte order builds its own. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * A text's word → chunks map as bytes to save: a JSON header line, then the
 * words (UTF-8, one a line, none holds a line break), then the offsets and
 * chunk ids as 32-bit integers (aligned to 4 bytes).
 */
export function encodeWordChunks(key: SavedWordsKey, chunkCount: number, { words, offsets, chunkIds }: WordChunks): Uint8Array {
  const wordBytes = utf8.encode(words.join('\n'));
  const numbersAt = align4(wordBytes.length);
  const body = new Uint8Array(numbersAt + 4 * (offsets.length + chunkIds.length));
  body.set(wordBytes);
  body.set(new Uint8Array(offsets.buffer, offsets.byteOffset, offsets.byteLength), numbersAt);
  body.set(new Uint8Array(chunkIds.buffer, chunkIds.byteOffset, chunkIds.byteLength), numbersAt + offsets.byteLength);
  const header: Header = {
    schemaVersion: SAVED_WORDS_VERSION,
    kind: 'gloss-search-words',
    ...key,
    littleEndian: LITTLE_ENDIAN,
    chunkCount,
    wordCount: words.length,
    pairCount: chunkIds.length,
    wordBytes: wordBytes.length,
    bodySha256: sha256(body),
  };
  const headerLine = utf8.encode(`${JSON.stringify(header)}\n`);
  const bytes = new Uint8Array(headerLine.length + body.length);
  bytes.set(headerLine);
  bytes.set(body, headerLine.length);
  return bytes;
}

/** Why saved bytes were not used: from a newer Gloss (left alone), or made from another text or damaged (to be replaced). */
export type Unusable = 'newer' | 'other';

/**
 * The map saved in `bytes`, if it was made from exactly this text (the key
 * and its chunk count) and is whole. It is a cache: anything that does not
 * check out is not used, whatever it holds.
 */
export function decodeWordChunks(bytes: Uint8Array, key: SavedWordsKey, chunkCount: number): WordChunks | Unusable {
  const lineEnd = bytes.indexOf(0x0a);
  let header: Header;
  try {
    header = JSON.parse(fromUtf8.decode(bytes.subarray(0, lineEnd === -1 ? 0 : lineEnd))) as Header;
  } catch {
    return 'other';
  }
  if (typeof header !== 'object' || header === null || header.kind !== 'gloss-search-words') return 'other';
  if (typeof header.schemaVersion === 'number' && header.schemaVersion > SAVED_WORDS_VERSION) return 'newer';
  const { wordCount, pairCount, wordBytes } = header;
  const sameText = header.schemaVersion === SAVED_WORDS_VERSION && header.documentId === key.documentId && header.textVersion === key.textVersion && header.charCount === key.charCount && header.sha256 === key.sha256;
  if (!sameText || header.littleEndian !== LITTLE_ENDIAN || header.chunkCount !== chunkCount || ![wordCount, pairCount, wordBytes].every(Number.isSafeInteger)) return 'other';
  const body = bytes.subarray(lineEnd + 1);
  const numbersAt = align4(wordBytes);
  if (wordBytes < 0 || body.length !== numbersAt + 4 * (wordCount + 1 + pairCount) || sha256(body) !== header.bodySha256) return 'other';
  const words = wordCount === 0 ? [] : fromUtf8.decode(body.subarray(0, wordBytes)).split('\n');
  const offsets = uint32sAt(body, numbersAt, wordCount + 1);
  const chunkIds = uint32sAt(body, numbersAt + 4 * (wordCount + 1), pairCount);
  return words.length === wordCount && isWellFormed(offsets, chunkIds, chunkCount) ? { words, offsets, chunkIds } : 'other';
}

/** Each word's chunks lie within the list, ascending, and name chunks the text has. */
function isWellFormed(offsets: Uint32Array, chunkIds: Uint32Array, chunkCount: number): boolean {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== chunkIds.length) return false;
  for (let word = 0; word + 1 < offsets.length; word++) {
    const from = offsets[word]!;
    const to = offsets[word + 1]!;
    if (to <= from) return false;
    for (let i = from; i < to; i++) if (chunkIds[i]! >= chunkCount || (i > from && chunkIds[i]! <= chunkIds[i - 1]!)) return false;
  }
  return true;
}

const align4 = (n: number) => (n + 3) & ~3;

/** `count` 32-bit integers from `at`, copied out: the bytes read need not sit at a multiple of 4 in their buffer (a Buffer is often a view of a shared one). */
function uint32sAt(bytes: Uint8Array, at: number, count: number): Uint32Array {
  const numbers = new Uint32Array(count);
  new Uint8Array(numbers.buffer).set(bytes.subarray(at, at + 4 * count));
  return numbers;
}
