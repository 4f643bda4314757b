import { z } from 'zod';
import { DocumentId, method } from './common';
import { MAX_SEARCH_QUERY_LENGTH } from './searchLimits';

export { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_GROUPS, MAX_SEARCH_QUERY_LENGTH } from './searchLimits';

/**
 * Library search, its rules in one place (the core applies them, the
 * renderer explains them):
 * - The query is literal text, matched as one phrase, ignoring case and
 *   accents ("natasha" finds "Natásha"); ".*" or "((((" find those very
 *   characters, never a pattern. Runs of spaces count as one.
 * - A hit starts where a word starts and may end inside one, so the last
 *   word may be typed in part ("nata" finds "Natásha", "the" finds "then"
 *   but not "other"). In scripts written without spaces (Chinese, Japanese,
 *   Thai…) a hit may start at any character.
 * - A query with no letter or digit (only punctuation, an emoji) finds
 *   those characters wherever they stand.
 * - It searches each document's title and text, its highlights' notes (as
 *   the words they show) and tags, and its cards' prompts and answers.
 *   Documents in the Trash are left out.
 */

/** What a hit is in: the document's title, its text, a highlight's note or tag, or a card. */
export const SearchHitKind = z.enum(['title', 'text', 'note', 'tag', 'card']);
export type SearchHitKind = z.infer<typeof SearchHitKind>;

/** The words around a hit: `match` is the hit itself, `before` and `after` end in "…" where cut. */
export const SearchSnippet = z.strictObject({ before: z.string(), match: z.string(), after: z.string() });
export type SearchSnippet = z.infer<typeof SearchSnippet>;

/** One place the query was found. */
export const SearchHit = z.strictObject({
  kind: SearchHitKind,
  snippet: SearchSnippet,
  /** Offsets in the document's current plain text: the hit (text), the highlight (note, tag), the card's source (card); absent when it has no place (an orphan). */
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  /** The highlight whose note or tag matched. */
  annotationId: z.string().optional(),
  /** The card whose prompt or answer matched. */
  cardId: z.string().optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** A document's hits: the title hit first, then notes and tags, cards, and the text's hits, each in text order. */
export const SearchGroup = z.strictObject({
  documentId: DocumentId,
  title: z.string(),
  /** Every hit in the document (at least this many when `totalCapped`). */
  total: z.number().int().min(0),
  /** The text had more hits than were counted. */
  totalCapped: z.boolean().optional(),
  hits: z.array(SearchHit),
});
export type SearchGroup = z.infer<typeof SearchGroup>;

/** How far building the index has come: documents indexed of those to index. */
export const SearchIndexing = z.strictObject({ done: z.number().int().min(0), total: z.number().int().min(0) });
export type SearchIndexing = z.infer<typeof SearchIndexing>;

/** The answer: documents with more and better hits first. */
export const SearchResult = z.strictObject({
  groups: z.array(SearchGroup),
  /** More documents matched than MAX_SEARCH_GROUPS. */
  truncated: z.boolean().optional(),
  /** Present while documents are still being indexed: the answer covers only those done. */
  indexing: SearchIndexing.optional(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const searchMethods = {
  /**
   * Searches the whole library (see the rules above). An empty query finds
   * nothing, and starts building the index if it is not built yet.
   */
  'library:search': method(
    z.strictObject({
      query: z.string().max(MAX_SEARCH_QUERY_LENGTH, `a search is at most ${MAX_SEARCH_QUERY_LENGTH.toLocaleString('en-US')} characters`),
      /** The most hits listed per document. */
      limit: z.number().int().min(1).max(200).optional(),
    }),
    SearchResult,
    { readOnly: true },
  ),
};
