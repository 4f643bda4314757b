import MiniSearch from 'minisearch';
import type { SearchGroup } from '../../shared/contract';
import { MAX_SEARCH_GROUPS } from '../../shared/contract/searchLimits';
import { documentHits, type DocumentCandidates } from './documentHits';
import { byAnchor, indexAnnotation, indexCard, itemWords, type IndexedDocument } from './indexedDocument';
import { indexText } from './indexText';
import type { PutResult, SearchableDocument } from './searchableDocument';
import type { SearchQuery } from './searchQuery';
import { compareRanked } from './searchRanking';

/** One entry of the word index: a document's title, a highlight, or a card. */
interface Entry {
  key: string;
  /** Its folded words, each once. */
  words: readonly string[];
}

/** What an entry of the word index stands for. */
type EntryRef = { documentId: string } & ({ kind: 'title' } | { kind: 'annotation' | 'card'; itemId: string });

const keyOf = (documentId: string, kind: string, itemId = ''): string => `${documentId} ${kind} ${itemId}`;

/**
 * The library's search index, in memory. MiniSearch holds which words each
 * document's title, each highlight and each card contain (and expands a
 * typed word part to the words it starts); each document keeps its text in
 * chunks with the chunks every word is in. A query looks up where all its
 * words are, then checks those places literally.
 */
export class LibraryIndex {
  // The entries' words come tokenized already (see searchTokens): MiniSearch takes the list as it is; a query's are joined by spaces.
  private readonly words = new MiniSearch<Entry>({
    idField: 'key',
    fields: ['words'],
    // Passed on as the list it is (MiniSearch would join it with commas), for `tokenize` to copy.
    stringifyField: (words: readonly string[]) => words as unknown as string,
    tokenize: (words: string | readonly string[]) => (typeof words === 'string' ? words.split(' ') : [...words]),
    processTerm: (word) => word || null,
  });
  private readonly documents = new Map<string, IndexedDocument>();
  private readonly refs = new Map<string, EntryRef>();

  /** Adds a document or replaces what changed of it; says what to save of a text indexed anew. */
  put(input: SearchableDocument): PutResult {
    const known = this.documents.get(input.id);
    if (!known && input.text === undefined) throw new Error(`Document ${input.id} is not indexed yet: its text is needed.`);
    const key = input.text !== undefined && input.textKey ? { documentId: input.id, textVersion: input.textKey.version, charCount: input.text.length, sha256: input.textKey.sha256 } : undefined;
    const indexing = input.text === undefined ? { text: known!.text } : indexText(input.text, key, input.savedWords);
    const text = indexing.text;
    if (input.title !== known?.title) this.replaceEntry({ key: keyOf(input.id, 'title'), words: itemWords(input.title) }, { documentId: input.id, kind: 'title' });
    const oldAnnotations = new Map(known?.annotations.map((a) => [a.id, a]));
    const annotations = input.annotations.map((a) => indexAnnotation(a, oldAnnotations.get(a.id))).sort(byAnchor);
    this.replaceItems(input.id, 'annotation', oldAnnotations, annotations, (a) => itemWords(a.note, ...a.tags));
    const oldCards = new Map(known?.cards.map((c) => [c.id, c]));
    const cards = input.cards.map((c) => indexCard(c, oldCards.get(c.id))).sort(byAnchor);
    this.replaceItems(input.id, 'card', oldCards, cards, (c) => itemWords(c.prompt, c.answer, ...c.tags));
    this.documents.set(input.id, { id: input.id, title: input.title, text, annotations, cards });
    return indexing.wordsToSave ? { wordsToSave: indexing.wordsToSave } : {};
  }

  /** Takes a document out of the index. */
  remove(documentId: string): void {
    const doc = this.documents.get(documentId);
    if (!doc) return;
    this.discard(keyOf(documentId, 'title'));
    for (const a of doc.annotations) this.discard(keyOf(documentId, 'annotation', a.id));
    for (const c of doc.cards) this.discard(keyOf(documentId, 'card', c.id));
    this.documents.delete(documentId);
  }

  /** The ids of the documents indexed. */
  documentIds(): string[] {
    return [...this.documents.keys()];
  }

  /** The documents holding the query, best first (at most MAX_SEARCH_GROUPS), each with up to `limit` hits. */
  search(query: SearchQuery, limit: number): { groups: SearchGroup[]; truncated: boolean } {
    const ranked: (SearchGroup & { score: number })[] = [];
    for (const [documentId, candidates] of this.candidates(query)) {
      const doc = this.documents.get(documentId);
      const group = doc ? documentHits(doc, candidates, query, limit) : null;
      if (group) ranked.push(group);
    }
    ranked.sort(compareRanked);
    return { groups: ranked.slice(0, MAX_SEARCH_GROUPS).map(({ score: _score, ...group }) => group), truncated: ranked.length > MAX_SEARCH_GROUPS };
  }

  /** Where the query's words all are, per document; everything when the query has no word the index can look up. */
  private candidates(query: SearchQuery): Map<string, DocumentCandidates> {
    const found = new Map<string, DocumentCandidates>();
    if (query.words.length === 0) {
      for (const id of this.documents.keys()) found.set(id, { title: true, annotationIds: 'all', cardIds: 'all', textWords: 'all' });
      return found;
    }
    const entryFor = (documentId: string) => {
      let entry = found.get(documentId);
      if (!entry) found.set(documentId, (entry = { title: false, annotationIds: new Set<string>(), cardIds: new Set<string>(), textWords: null }));
      return entry as { title: boolean; annotationIds: Set<string>; cardIds: Set<string>; textWords: string[][] | null };
    };
    for (const doc of this.documents.values()) {
      const textWords = query.words.map(({ word, prefix }) => doc.text.matchingWords(word, prefix));
      if (textWords.every((words) => words.length > 0)) entryFor(doc.id).textWords = textWords;
    }
    const results = this.words.search(query.words.map((w) => w.word).join(' '), { combineWith: 'AND', prefix: (_term, i) => query.words[i]?.prefix ?? false });
    for (const result of results) {
      const ref = this.refs.get(result.id as string);
      if (!ref) continue;
      const entry = entryFor(ref.documentId);
      if (ref.kind === 'title') entry.title = true;
      else if (ref.kind === 'annotation') entry.annotationIds.add(ref.itemId);
      else entry.cardIds.add(ref.itemId);
    }
    return found;
  }

  private replaceItems<T extends { id: string; signature: string }>(documentId: string, kind: 'annotation' | 'card', old: Map<string, T>, items: readonly T[], wordsOf: (item: T) => string[]): void {
    const kept = new Set(items.map((item) => item.id));
    for (const id of old.keys()) if (!kept.has(id)) this.discard(keyOf(documentId, kind, id));
    for (const item of items) {
      if (old.get(item.id) === item) continue;
      this.replaceEntry({ key: keyOf(documentId, kind, item.id), words: wordsOf(item) }, { documentId, kind, itemId: item.id });
    }
  }

  private replaceEntry(entry: Entry, ref: EntryRef): void {
    this.discard(entry.key);
    this.words.add(entry);
    this.refs.set(entry.key, ref);
  }

  private discard(key: string): void {
    if (!this.words.has(key)) return;
    this.words.discard(key);
    this.refs.delete(key);
  }
}
