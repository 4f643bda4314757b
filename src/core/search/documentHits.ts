import type { SearchGroup, SearchHit, SearchSnippet } from '../../shared/contract';
import type { TextHit } from '../../shared/textSearch/findAll';
import type { IndexedDocument } from './indexedDocument';
import { firstHitIn, itemSnippet } from './itemHits';
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
  // Every hit is counted; only the first `limit` are listed, so only theirs need a snippet.
  const found = (text: string, hit: TextHit | null, listed: (snippet: SearchSnippet) => SearchHit): number => {
    if (hit && hits.length < limit) hits.push(listed(itemSnippet(text, hit)));
    return hit ? 1 : 0;
  };
  if (candidates.title) counts.title += found(doc.title, firstHitIn(doc.title, query), (snippet) => ({ kind: 'title', snippet }));
  const wanted = (ids: ReadonlySet<string> | 'all', id: string) => ids === 'all' || ids.has(id);
  for (const annotation of doc.annotations) {
    if (!wanted(candidates.annotationIds, annotation.id)) continue;
    const where = { ...anchorOf(annotation.anchor), annotationId: annotation.id };
    counts.notes += found(annotation.note, firstHitIn(annotation.note, query), (snippet) => ({ kind: 'note', snippet, ...where }));
    for (const tag of annotation.tags) counts.tags += found(tag, firstHitIn(tag, query), (snippet) => ({ kind: 'tag', snippet, ...where }));
  }
  for (const card of doc.cards) {
    if (!wanted(candidates.cardIds, card.id)) continue;
    const inPrompt = firstHitIn(card.prompt, query);
    const side = inPrompt ? card.prompt : card.answer;
    const where = { ...anchorOf(card.anchor), cardId: card.id };
    counts.cards += found(side, inPrompt ?? firstHitIn(card.answer, query), (snippet) => ({ kind: 'card', snippet, ...where }));
    for (const tag of card.tags) counts.tags += found(tag, firstHitIn(tag, query), (snippet) => ({ kind: 'tag', snippet, ...where }));
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
