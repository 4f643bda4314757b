import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { MAX_QUERY_LENGTH, TextFinder, type FindOptions } from '../../shared/textSearch/findAll';
import { textMapFromDoc, type TextMap } from '../reader/textMap';
import { matchRanges, type MatchRange } from './matchRanges';

/** A document's plain text, its finder and the map from its offsets to editor positions. */
interface SearchableText {
  finder: TextFinder;
  map: TextMap;
}

// One per document node: a book is walked, joined and folded once, however many queries follow.
// An edit makes a new node, so the next search reads the edited text; the old entry is garbage.
const searchable = new WeakMap<ProseMirrorNode, SearchableText>();

function searchableText(doc: ProseMirrorNode): SearchableText {
  let found = searchable.get(doc);
  if (!found) {
    const { map, text } = textMapFromDoc(doc);
    found = { finder: new TextFinder(text), map };
    searchable.set(doc, found);
  }
  return found;
}

/**
 * Reads and folds a document's text ahead of its first search (about 0.2 s
 * for War and Peace), so that the first letter typed does not wait for it.
 */
export function prepareSearch(doc: ProseMirrorNode): void {
  // A query of one NUL character folds the text and finds next to nothing (binary files are refused at import).
  searchableText(doc).finder.findAll('\u0000');
}

/** Where a query is found in a document. */
export interface DocumentMatches {
  /** Every match, in text order, as editor positions. */
  ranges: MatchRange[];
  /** The query was longer than MAX_QUERY_LENGTH and only its beginning was searched. */
  queryCut: boolean;
}

/**
 * Every match of `query` in the document's text: literal (".*" finds a dot
 * and a star), case- and accent-insensitive unless asked, by the shared
 * TextFinder; a query of only spaces finds nothing.
 */
export function searchDocument(doc: ProseMirrorNode, query: string, options: Pick<FindOptions, 'caseSensitive' | 'wholeWord'>): DocumentMatches {
  const queryCut = query.length > MAX_QUERY_LENGTH;
  if (query.trim() === '') return { ranges: [], queryCut };
  const { finder, map } = searchableText(doc);
  return { ranges: matchRanges(map, finder.findAll(query, options)), queryCut };
}
