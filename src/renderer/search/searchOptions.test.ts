import { describe, expect, it } from 'vitest';
import type { SearchGroup } from '../../shared/contract';
import { hitCount, movedIndex, searchOptions, searchStatus } from './searchOptions';

const hit = { kind: 'text' as const, snippet: { before: '', match: 'war', after: '' }, start: 0, end: 3 };
const group = (documentId: string, hits: number, total = hits, totalCapped?: boolean): SearchGroup => ({ documentId, title: documentId, total, ...(totalCapped ? { totalCapped } : {}), hits: Array.from({ length: hits }, () => hit) });

describe('the search result list', () => {
  const options = searchOptions([group('doc-a', 2), group('doc-b', 3), group('doc-c', 1)]);

  it('numbers every hit in the order shown', () => {
    expect(options.map((o) => `${o.id} ${o.documentId}`)).toEqual(['search-hit-0-0 doc-a', 'search-hit-0-1 doc-a', 'search-hit-1-0 doc-b', 'search-hit-1-1 doc-b', 'search-hit-1-2 doc-b', 'search-hit-2-0 doc-c']);
  });

  it('moves one hit with the arrows, wrapping round, and a document at a time with Page Up and Down', () => {
    expect(movedIndex('ArrowDown', 5, options)).toBe(0);
    expect(movedIndex('ArrowUp', 0, options)).toBe(5);
    expect(movedIndex('PageDown', 0, options)).toBe(2);
    expect(movedIndex('PageDown', 4, options)).toBe(5);
    expect(movedIndex('PageUp', 4, options)).toBe(2);
    expect(movedIndex('PageUp', 2, options)).toBe(0);
    expect(movedIndex('Enter', 2, options)).toBeUndefined();
    expect(movedIndex('ArrowDown', 0, [])).toBeUndefined();
  });

  it('says what it shows, how far indexing has come, and when the count stopped', () => {
    expect(hitCount(group('a', 1))).toBe('1 hit');
    expect(hitCount(group('a', 20, 1000, true))).toBe('1,000+ hits');
    expect(searchStatus('', null, false)).toBe('Type a word to search the text, notes, tags and cards of every document.');
    expect(searchStatus('war', { groups: [group('a', 2), group('b', 1, 1500)], indexing: { done: 12, total: 50 } }, false)).toBe('Indexing 12 of 50 documents… 1,502 hits in 2 documents.');
    expect(searchStatus('zq', { groups: [] }, false)).toBe('Nothing found for “zq”.');
  });
});
