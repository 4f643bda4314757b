import type { DocumentStats, DocumentSummary } from '../../shared/contract';

/** The columns of the library table, each sortable. */
export type LibraryColumn = 'title' | 'source' | 'words' | 'highlights' | 'dueCards' | 'lastOpened' | 'added';

/** How the table is sorted. */
export interface LibrarySort {
  column: LibraryColumn;
  direction: 'ascending' | 'descending';
}

/** The direction a column sorts in first: words and counts largest first, dates newest first, text A to Z. */
export function firstDirection(column: LibraryColumn): LibrarySort['direction'] {
  return column === 'title' || column === 'source' ? 'ascending' : 'descending';
}

/** The sort after a click on a column's header: the same column flips, another starts in its first direction. */
export function nextSort(current: LibrarySort, column: LibraryColumn): LibrarySort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: firstDirection(column) };
}

/** Text folded for matching: lower case, accents and other marks removed ("Élan" matches "elan"). */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
}

/** The documents whose title holds the filter, ignoring case and accents; all of them for an empty filter. */
export function filterByTitle(documents: readonly DocumentSummary[], filter: string): DocumentSummary[] {
  const wanted = foldForSearch(filter.trim());
  if (!wanted) return [...documents];
  return documents.filter((doc) => foldForSearch(doc.title).includes(wanted));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A column's value for a document; undefined when not known (stats not yet loaded, never opened) — those sort last. */
function valueOf(doc: DocumentSummary, column: LibraryColumn, stats: ReadonlyMap<string, DocumentStats>): string | number | undefined {
  switch (column) {
    case 'title':
      return doc.title;
    case 'source':
      return doc.source || undefined;
    case 'words':
      return doc.wordCount;
    case 'highlights':
      return stats.get(doc.id)?.highlights;
    case 'dueCards':
      return stats.get(doc.id)?.dueCards;
    case 'lastOpened':
      return doc.lastOpenedAt ? Date.parse(doc.lastOpenedAt) : undefined;
    case 'added':
      return Date.parse(doc.addedAt);
  }
}

/** The documents in the order asked; ties keep title order, and unknown values go last in either direction. */
export function sortDocuments(documents: readonly DocumentSummary[], sort: LibrarySort, stats: ReadonlyMap<string, DocumentStats> = new Map()): DocumentSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...documents].sort((a, b) => {
    const x = valueOf(a, sort.column, stats);
    const y = valueOf(b, sort.column, stats);
    if (x === undefined || y === undefined) {
      if (x !== y) return x === undefined ? 1 : -1;
    } else {
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      if (order !== 0) return order * sign;
    }
    return collator.compare(a.title, b.title);
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days before a trashed document is removed for good (0 on its last day). */
export function daysLeftInTrash(trashedAt: string, now: number, trashDays: number): number {
  return Math.max(0, Math.ceil((Date.parse(trashedAt) + trashDays * DAY_MS - now) / DAY_MS));
}
