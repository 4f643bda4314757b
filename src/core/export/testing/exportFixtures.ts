import type { ExportDocument, ExportHighlight } from '../exportModel';

/** A placed highlight for a formatter test: `quote` at offset 10 of paragraph 3, in colour c1 ("Key fact"). */
export function testHighlight(id: string, quote: string, extra: Partial<ExportHighlight> = {}): ExportHighlight {
  const start = 10;
  return {
    id,
    quote,
    color: 'c1',
    category: 'Key fact',
    note: '',
    tags: [],
    speaker: null,
    paragraph: 3,
    anchor: { start, end: start + quote.length },
    orphanReason: null,
    target: {
      textVersion: 1,
      selector: [
        { type: 'TextQuoteSelector', exact: quote, prefix: 'before ', suffix: ' after' },
        { type: 'TextPositionSelector', start, end: start + quote.length },
      ],
    },
    created: '2026-12-01T09:00:00.000Z',
    modified: '2026-12-01T09:30:00.000Z',
    ...extra,
  };
}

/** A document for a formatter test, titled "Interview", holding `highlights`. */
export function testExportDocument(highlights: ExportHighlight[], extra: Partial<ExportDocument> = {}): ExportDocument {
  return { id: 'doc-1', title: 'Interview', source: 'Example source', textVersion: 1, textSha256: 'a'.repeat(64), highlights, cards: [], ...extra };
}
