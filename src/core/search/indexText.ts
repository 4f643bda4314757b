import { IndexedText } from './indexedText';
import { decodeWordChunks, encodeWordChunks, type SavedWordsKey } from './savedWordChunks';
import { chunkText } from './textChunks';
import { indexWordChunks } from './wordChunks';

/** A text as indexed, and its word map as bytes to save when it had to be built. */
export interface TextIndexing {
  text: IndexedText;
  wordsToSave?: Uint8Array;
}

/**
 * Indexes a document's text: from the word map saved by an earlier launch
 * when that was made from this very text and is whole, else by reading the
 * text (and then hands back the map to save, under `key`; without a key, or
 * over a file of a newer Gloss, nothing is saved).
 */
export function indexText(text: string, key: SavedWordsKey | undefined, saved: Uint8Array | undefined): TextIndexing {
  const chunks = chunkText(text);
  const found = key && saved ? decodeWordChunks(saved, key, chunks.length) : 'other';
  if (typeof found === 'object') return { text: new IndexedText(text, chunks, found) };
  const wordChunks = indexWordChunks(text, chunks);
  const indexed = new IndexedText(text, chunks, wordChunks);
  return key && found !== 'newer' ? { text: indexed, wordsToSave: encodeWordChunks(key, chunks.length, wordChunks) } : { text: indexed };
}
