import type { ExportCard } from '../exportModel';

/** A card of document "doc-1" ("Interview") for a formatter test: by default a generated cloze with the hint "city". */
export function testCard(id: string, extra: Partial<ExportCard> = {}): ExportCard {
  return {
    id,
    documentId: 'doc-1',
    documentTitle: 'Interview',
    origin: 'generated',
    type: 'cloze',
    prompt: 'The summit met in [...] (city) in May.',
    answer: 'Minsk',
    hint: 'city',
    status: 'new',
    due: '2026-12-01T09:00:00.000Z',
    reps: 0,
    lapses: 0,
    tags: [],
    source: { exact: 'The summit met in Minsk in May.', anchor: { start: 100, end: 131 } },
    group: null,
    ...extra,
  };
}
