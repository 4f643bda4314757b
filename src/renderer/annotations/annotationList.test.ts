import { describe, expect, it } from 'vitest';
import type { AnnotationView } from '../../shared/contract';
import { inDocumentOrder, withView } from './annotationList';

const view = (id: string, start: number | null, end = (start ?? 0) + 5): AnnotationView => ({
  id,
  color: 'c1',
  note: '',
  tags: [],
  quote: id,
  anchor: start === null ? null : { start, end },
  created: null,
  modified: null,
  orphanReason: start === null ? 'gone' : null,
});

describe('annotation lists', () => {
  it('sort by start, then end, with orphans last', () => {
    const sorted = inDocumentOrder([view('orphan', null), view('late', 50), view('long', 10, 40), view('short', 10, 12)]);
    expect(sorted.map((a) => a.id)).toEqual(['short', 'long', 'late', 'orphan']);
  });

  it('put a view in its place, or replace it where it moved to, without touching the given list', () => {
    const list = inDocumentOrder([view('a', 0), view('c', 20), view('orphan', null)]);
    expect(withView(list, view('b', 10)).map((a) => a.id)).toEqual(['a', 'b', 'c', 'orphan']);
    expect(withView(list, view('a', 30)).map((a) => a.id)).toEqual(['c', 'a', 'orphan']);
    expect(list.map((a) => a.id)).toEqual(['a', 'c', 'orphan']);
  });
});
