import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../shared/contract';
import { LibrarySidebar } from './LibrarySidebar';

const doc = (id: string, extra: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id,
  title: `Title ${id}`,
  source: 'Source',
  addedAt: '2026-11-28T10:00:00.000Z',
  textVersion: 1,
  wordCount: 120,
  charCount: 700,
  paragraphCount: 4,
  readingPosition: null,
  ...extra,
});

describe('LibrarySidebar', () => {
  it('shows why a broken document cannot be opened, under its title, and nothing extra for the others', () => {
    const html = renderToStaticMarkup(
      <LibrarySidebar documents={[doc('doc-a', { problem: 'its text (version 1) is missing from the data folder.' }), doc('doc-b')]} currentId={null} onOpen={() => undefined} />,
    );
    expect(html).toContain('<span class="document-item-problem">Cannot be opened: its text (version 1) is missing from the data folder.</span>');
    expect(html.match(/document-item-problem/g)).toHaveLength(1);
  });
});
