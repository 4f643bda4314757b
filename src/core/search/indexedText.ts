import { MAX_SEARCH_QUERY_LENGTH } from '../../shared/contract/searchLimits';
import type { TextHit } from '../../shared/textSearch/findAll';
import { chunkFinders } from './chunkFinders';
import { matchableText, type SearchQuery } from './searchQuery';
import { characterKind, startsWord } from './searchTokens';
import { chunkText, type TextChunk } from './textChunks';
import { indexWordChunks, type WordChunks } from './wordChunks';

/** How far a chunk is scanned past its end: a hit starting in it may run this long (the query's length, twice for decomposed accents). */
const MAX_OVERLAP = 2 * MAX_SEARCH_QUERY_LENGTH;

let nextKey = 0;

/** The hits of a query in one text, counted up to a cap. */
export interface CountedHits {
  /** The first hits, in text order, as many as were asked for. */
  hits: TextHit[];
  /** All hits counted (no more than the cap). */
  count: number;
  /** Of those, the hits that end where a word ends (whole words, not a part of a longer one). */
  whole: number;
  /** Hits beyond the cap were not counted. */
  capped: boolean;
}

/**
 * One document's text as the index holds it: its chunks, and for every
 * word the chunks it occurs in (ascending), so a query scans only the
 * chunks that can hold it. (Kept here rather than in MiniSearch: adding each
 * novel's ~12,000 words to its radix tree took half the library's build.)
 */
export class IndexedText {
  readonly chunks: TextChunk[];
  readonly wordChunks: WordChunks;
  /** Word → its number in `wordChunks`. */
  private readonly wordIds: Map<string, number>;
  /** The words, sorted, made on the first prefix lookup (a build need not pay for it). */
  private sortedWords: string[] | null = null;

  /** Names this text in the cache of chunk finders (a new text, even of the same document, is a new key). */
  private readonly key = `text-${nextKey++}`;

  /** Indexes `text`; `chunks` and `wordChunks`, when given, must be what chunkText and indexWordChunks make of it. */
  constructor(
    readonly text: string,
    chunks: TextChunk[] = chunkText(text),
    wordChunks: WordChunks = indexWordChunks(text, chunks),
  ) {
    this.chunks = chunks;
    this.wordChunks = wordChunks;
    // A loop rather than new Map(words.map(…)): no pair made per word.
    this.wordIds = new Map();
    wordChunks.words.forEach((word, id) => this.wordIds.set(word, id));
  }

  /** The text's words that a query word matches: itself, or with `prefix` every word it starts. */
  matchingWords(word: string, prefix: boolean): string[] {
    if (!prefix) return this.wordIds.has(word) ? [word] : [];
    const sorted = (this.sortedWords ??= [...this.wordChunks.words].sort());
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! < word) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let i = low; i < sorted.length && sorted[i]!.startsWith(word); i++) found.push(sorted[i]!);
    return found;
  }

  /**
   * The chunks where a hit can start: the first word is in the chunk and
   * every other word in it or the next one (a phrase may run over a cut).
   * `matches[i]` are the stored words that the query's i-th word matched.
   */
  candidateChunks(matches: readonly (readonly string[])[]): number[] {
    if (matches.length === 0) return this.chunks.map((_, id) => id);
    const sets = matches.map((words) => this.chunksOfAny(words));
    const [first, ...rest] = sets;
    return [...first!].sort((a, b) => a - b).filter((id) => rest.every((set) => set.has(id) || set.has(id + 1)));
  }

  /** The chunks holding any of `words`. */
  private chunksOfAny(words: readonly string[]): Set<number> {
    const { offsets, chunkIds } = this.wordChunks;
    const found = new Set<number>();
    for (const word of words) {
      const id = this.wordIds.get(word);
      if (id === undefined) continue;
      for (let i = offsets[id]!; i < offsets[id + 1]!; i++) found.add(chunkIds[i]!);
    }
    return found;
  }

  /** The literal hits of `query` starting in the given chunks, in text order; counting stops at `cap`. */
  findHits(query: SearchQuery, chunkIds: readonly number[], keep: number, cap: number): CountedHits {
    const hits: TextHit[] = [];
    let count = 0;
    let whole = 0;
    for (const id of chunkIds) {
      const { start, end } = this.chunks[id]!;
      // Past the chunk's end (a query is at most MAX_OVERLAP long), so a hit that starts in it is found whole.
      const finder = chunkFinders.get(`${this.key}:${id}`, () => matchableText(this.text.slice(start, Math.min(this.text.length, end + MAX_OVERLAP))));
      for (const hit of finder.findAll(query.needle, { caseSensitive: query.symbolsOnly })) {
        if (hit.start >= end - start) break;
        if (query.atWordStart && !startsWord(this.text, start + hit.start)) continue;
        if (count === cap) return { hits, count, whole, capped: true };
        count++;
        if (start + hit.end >= this.text.length || characterKind(this.text, start + hit.end) !== 'word') whole++;
        if (hits.length < keep) hits.push({ start: start + hit.start, end: start + hit.end });
      }
    }
    return { hits, count, whole, capped: false };
  }
}
