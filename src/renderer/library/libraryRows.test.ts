import { describe, expect, it } from 'vitest';
import type { DocumentStats, DocumentSummary } from '../../shared/contract';
import { daysLeftInTrash, filterByTitle, foldForSearch, nextSort, sortDocuments } from './libraryRows';

const doc = (id: string, title: string, extra: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id,
  title,
  source: '',
  addedAt: '2026-11-01T10:00:00.000Z',
  textVersion: 1,
  wordCount: 100,
  charCount: 600,
  paragraphCount: 2,
  readingPosition: null,
  ...extra,
});

const docs = [
  doc('a', 'Élan vital', { wordCount: 300, addedAt: '2026-11-03T10:00:00.000Z', lastOpenedAt: '2026-11-20T10:00:00.000Z', source: 'b.md' }),
  doc('b', 'zebra notes', { wordCount: 20, addedAt: '2026-11-01T10:00:00.000Z', source: 'a.txt' }),
  doc('c', 'Chapter 10', { wordCount: 300, addedAt: '2026-11-02T10:00:00.000Z', lastOpenedAt: '2026-11-10T10:00:00.000Z' }),
  doc('d', 'Chapter 9', { wordCount: 5, addedAt: '2026-11-04T10:00:00.000Z' }),
];
const ids = (list: DocumentSummary[]) => list.map((d) => d.id);

describe('filtering the library by title', () => {
  it('ignores case and accents, both in the filter and in the titles', () => {
    expect(ids(filterByTitle(docs, 'elan'))).toEqual(['a']);
    expect(ids(filterByTitle(docs, 'ÉLAN'))).toEqual(['a']);
    expect(ids(filterByTitle(docs, 'chap'))).toEqual(['c', 'd']);
    expect(ids(filterByTitle(docs, '  '))).toEqual(['a', 'b', 'c', 'd']);
    expect(filterByTitle(docs, 'nothing like it')).toEqual([]);
    expect(foldForSearch('Ærø Crème Brûlée')).toBe('ærø creme brulee');
  });
});

describe('sorting the library', () => {
  it('sorts titles A to Z without regard to case or accents, numbers in number order', () => {
    expect(ids(sortDocuments(docs, { column: 'title', direction: 'ascending' }))).toEqual(['d', 'c', 'a', 'b']);
    expect(ids(sortDocuments(docs, { column: 'title', direction: 'descending' }))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('sorts numbers and dates, ties in title order, unknown values last in either direction', () => {
    expect(ids(sortDocuments(docs, { column: 'words', direction: 'descending' }))).toEqual(['c', 'a', 'b', 'd']);
    expect(ids(sortDocuments(docs, { column: 'added', direction: 'descending' }))).toEqual(['d', 'a', 'c', 'b']);
    expect(ids(sortDocuments(docs, { column: 'lastOpened', direction: 'descending' }))).toEqual(['a', 'c', 'd', 'b']);
    expect(ids(sortDocuments(docs, { column: 'lastOpened', direction: 'ascending' }))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(sortDocuments(docs, { column: 'source', direction: 'ascending' }))).toEqual(['b', 'a', 'd', 'c']);
  });

  it('sorts by the counts once they have come, documents without them last', () => {
    const stats = new Map<string, DocumentStats>([
      ['a', { id: 'a', highlights: 2, cards: 0, dueCards: 0, newCards: 0 }],
      ['b', { id: 'b', highlights: 7, cards: 4, dueCards: 3, newCards: 1 }],
    ]);
    expect(ids(sortDocuments(docs, { column: 'highlights', direction: 'descending' }, stats))).toEqual(['b', 'a', 'd', 'c']);
    expect(ids(sortDocuments(docs, { column: 'dueCards', direction: 'ascending' }, stats))).toEqual(['a', 'b', 'd', 'c']);
  });

  it('flips the direction on a second click, and starts a new column in its natural direction', () => {
    expect(nextSort({ column: 'title', direction: 'ascending' }, 'title')).toEqual({ column: 'title', direction: 'descending' });
    expect(nextSort({ column: 'title', direction: 'ascending' }, 'words')).toEqual({ column: 'words', direction: 'descending' });
    expect(nextSort({ column: 'added', direction: 'descending' }, 'source')).toEqual({ column: 'source', direction: 'ascending' });
  });
});

describe('days left in the Trash', () => {
  const trashed = '2026-11-01T10:00:00.000Z';
  const at = (iso: string) => Date.parse(iso);
  it('counts whole days down from 30 to 0', () => {
    expect(daysLeftInTrash(trashed, at('2026-11-01T10:00:00.000Z'), 30)).toBe(30);
    expect(daysLeftInTrash(trashed, at('2026-11-02T09:00:00.000Z'), 30)).toBe(30);
    expect(daysLeftInTrash(trashed, at('2026-11-30T11:00:00.000Z'), 30)).toBe(1);
    expect(daysLeftInTrash(trashed, at('2026-12-05T10:00:00.000Z'), 30)).toBe(0);
  });
});
