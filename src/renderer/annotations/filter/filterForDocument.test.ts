import { describe, expect, it } from 'vitest';
import { NO_HIGHLIGHT_FILTER } from '../../../shared/contract';
import { filterForDocument } from './filterForDocument';

describe('the filter in the reader', () => {
  it('never narrows by documents: the reader lists its own document', () => {
    expect(filterForDocument({ ...NO_HIGHLIGHT_FILTER, documentIds: ['other'] }, []).documentIds).toEqual([]);
  });

  it('keeps only the speakers this document has, so another transcript’s choice cannot empty the list unseen', () => {
    const filter = { ...NO_HIGHLIGHT_FILTER, speakers: ['Sputnik', 'Someone else'] };
    expect(filterForDocument(filter, ['Sputnik', 'Imangali Tasmagambetov']).speakers).toEqual(['Sputnik']);
    expect(filterForDocument(filter, []).speakers).toEqual([]);
  });
});
