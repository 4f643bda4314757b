import type { HighlightFilter } from '../../../shared/contract';

/**
 * The filter as it applies to one document: documents are not a condition
 * (the reader lists its own document's highlights; that choice is for lists
 * across the library), and only speakers this document has count, so a
 * speaker chosen in another transcript cannot empty this list unseen.
 */
export function filterForDocument(filter: HighlightFilter, speakers: readonly string[]): HighlightFilter {
  const here = new Set(speakers);
  return { ...filter, documentIds: [], speakers: filter.speakers.filter((speaker) => here.has(speaker)) };
}
