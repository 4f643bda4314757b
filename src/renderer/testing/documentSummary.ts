import type { DocumentSummary } from '../../shared/contract';

/** A document's library entry for tests: small fixed numbers, with the fields a test cares about given. */
export function testSummary(id: string, extra: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id,
    title: `Title ${id}`,
    source: '',
    addedAt: '2026-11-28T10:00:00.000Z',
    textVersion: 1,
    wordCount: 10,
    charCount: 60,
    paragraphCount: 2,
    readingPosition: null,
    ...extra,
  };
}
