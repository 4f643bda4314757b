import { scanWords, type WordSink } from './searchTokens';
import type { TextChunk } from './textChunks';
import { grown, WordTable } from './wordTable';

/**
 * For every word of a text, the chunks it occurs in, in three flat parts
 * rather than a list per word (a library of novels holds millions of
 * (word, chunk) pairs; as typed arrays they cost the garbage collector
 * nothing and save as they are).
 */
export interface WordChunks {
  /** The text's distinct folded words, in the order first seen. */
  readonly words: readonly string[];
  /** Word i's chunks are `chunkIds[offsets[i]]` up to `chunkIds[offsets[i + 1]]`, ascending. */
  readonly offsets: Uint32Array;
  readonly chunkIds: Uint32Array;
}

/** Records, chunk by chunk, the words each chunk holds: every word once per chunk. */
class ChunkWords implements WordSink {
  readonly table = new WordTable();
  /** The word numbers met in each chunk, chunk after chunk. */
  pairs = new Int32Array(1 << 14);
  pairCount = 0;
  /** For each word number, the chunk it was last met in. */
  private lastChunk = new Int32Array(1 << 11).fill(-1);
  private chunk = 0;

  startChunk(chunk: number): void {
    this.chunk = chunk;
  }

  asciiWord(lower: string, start: number, end: number, hash: number): void {
    this.note(this.table.idOfStretch(lower, start, end, hash));
  }

  word(folded: string): void {
    this.note(this.table.idOf(folded));
  }

  private note(id: number): void {
    if (id >= this.lastChunk.length) this.lastChunk = grown(this.lastChunk, id * 2).fill(-1, this.lastChunk.length);
    if (this.lastChunk[id] === this.chunk) return;
    this.lastChunk[id] = this.chunk;
    if (this.pairCount === this.pairs.length) this.pairs = grown(this.pairs, this.pairs.length * 2);
    this.pairs[this.pairCount++] = id;
  }
}

/** Reads a text once, chunk by chunk, and lists the chunks of each of its words. */
export function indexWordChunks(text: string, chunks: readonly TextChunk[]): WordChunks {
  const found = new ChunkWords();
  /** Where each chunk's pairs begin in `found.pairs`. */
  const firstPair = new Uint32Array(chunks.length + 1);
  chunks.forEach((chunk, id) => {
    firstPair[id] = found.pairCount;
    found.startChunk(id);
    scanWords(text.slice(chunk.start, chunk.end), found);
  });
  firstPair[chunks.length] = found.pairCount;
  const words = found.table.words;
  // A counting sort by word; taking the chunks in order keeps each word's list ascending.
  const offsets = new Uint32Array(words.length + 1);
  for (let i = 0; i < found.pairCount; i++) offsets[found.pairs[i]! + 1]!++;
  for (let id = 0; id < words.length; id++) offsets[id + 1]! += offsets[id]!;
  const next = offsets.slice(0, words.length);
  const chunkIds = new Uint32Array(found.pairCount);
  for (let chunk = 0; chunk < chunks.length; chunk++) {
    for (let i = firstPair[chunk]!; i < firstPair[chunk + 1]!; i++) chunkIds[next[found.pairs[i]!]!++] = chunk;
  }
  return { words, offsets, chunkIds };
}
