import type { SearchGroup, SearchHit } from '../../shared/contract';
import type { IndexedDocument } from './indexedDocument';
import { firstHitSnippet } from './itemHits';
import type { SearchQuery } from './searchQuery';
import { documentScore } from './searchRanking';
import { textSnippet } from './textChunks';

/** The most text hits counted in one document; "1,000+" says enough, and counting every "the" of a book would not pay. */
export const TEXT_HIT_CAP = 1_000;

/** What the word index found worth checking in one document ('all': check everything, it could not narrow). */
export interface DocumentCandidates {
  title: boolean;
  annotationIds: ReadonlySet<string> | 'all';
  cardIds: ReadonlySet<string> | 'all';
  /** For each word of the query, the stored words it matched in the text; null: the text has not all of them. */
  textWords: string[][] | null | 'all';
}

const anchorOf = (anchor: { start: number; end: number } | null) => (anchor ? { start: anchor.start, end: anchor.end } : {});

/**
 * Checks a document's candidates against the literal query and lists its
 * hits: the title, highlights (note, then each tag) and cards in text
 * order, then the text's hits; at most `limit`, all of them counted. Null
 * when nothing holds the query after all.
 */
export function documentHits(doc: IndexedDocument, candidates: DocumentCandidates, query: SearchQuery, limit: number): (SearchGroup & { score: number }) | null {
  const hits: SearchHit[] = [];
  const counts = { title: 0, tags: 0, notes: 0, cards: 0, textWhole: 0, textPart: 0 };
  const titleHit = candidates.title ? firstHitSnippet(doc.title, query) : null;
  if (titleHit) {
    counts.title++;
    hits.push({ kind: 'title', snippet: titleHit });
  }
  const wanted = (ids: ReadonlySet<string> | 'all', id: string) => ids === 'all' || ids.has(id);
  for (const annotation of doc.annotations) {
    if (!wanted(candidates.annotationIds, annotation.id)) continue;
    const where = { ...anchorOf(annotation.anchor), annotationId: annotation.id };
    const note = firstHitSnippet(annotation.note, query);
    if (note) hits.push({ kind: 'note', snippet: note, ...where });
    counts.notes += note ? 1 : 0;
    for (const tag of annotation.tags) {
      const snippet = firstHitSnippet(tag, query);
      if (snippet) hits.push({ kind: 'tag', snippet, ...where });
      counts.tags += snippet ? 1 : 0;
    }
  }
  for (const card of doc.cards) {
    if (!wanted(candidates.cardIds, card.id)) continue;
    const snippet = firstHitSnippet(card.prompt, query) ?? firstHitSnippet(card.answer, query);
    if (snippet) hits.push({ kind: 'card', snippet, ...anchorOf(card.anchor), cardId: card.id });
    counts.cards += snippet ? 1 : 0;
  }
  let textCount = 0;
  let capped = false;
  if (candidates.textWords !== null) {
    const chunks = doc.text.candidateChunks(candidates.textWords === 'all' ? [] : candidates.textWords);
    const found = doc.text.findHits(query, chunks, Math.max(0, limit - hits.length), TEXT_HIT_CAP);
    for (const { start, end } of found.hits) hits.push({ kind: 'text', snippet: textSnippet(doc.text.text, start, end), start, end });
    counts.textWhole = found.whole;
    counts.textPart = found.count - found.whole;
    textCount = found.count;
    capped = found.capped;
  }
  const total = counts.title + counts.notes + counts.tags + counts.cards + textCount;
  if (total === 0) return null;
  return { documentId: doc.id, title: doc.title, total, ...(capped ? { totalCapped: true } : {}), hits: hits.slice(0, limit), score: documentScore(counts) };
}
