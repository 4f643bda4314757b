import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../shared/actions';
import { fakeContext } from '../../shared/actions/testing/fakeContext';
import type { DocumentSummary } from '../../shared/contract';
import { matchPalette, paletteItems } from './paletteItems';

const doc = (id: string, title: string, extra: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id,
  title,
  source: 'Own notes',
  addedAt: '2026-11-28T10:00:00.000Z',
  textVersion: 1,
  wordCount: 100,
  charCount: 600,
  paragraphCount: 3,
  readingPosition: null,
  ...extra,
});

const DOCS = [doc('war', 'War and Peace'), doc('interview', 'Interview with CSTO Secretary-General'), doc('broken', 'Field notes', { problem: 'its text is missing' })];

/** The labels a query finds, with a highlight selected in the reader. */
function found(query: string, options: Parameters<typeof fakeContext>[0] = { reader: { hasSelectedHighlight: true } }): string[] {
  const { context } = fakeContext(options);
  return matchPalette(query, paletteItems(ACTIONS, context, DOCS, ['interview'])).map((match) => match.item.label);
}

describe('the palette’s items', () => {
  it('offers only actions that apply now, named for the context, with their keys', () => {
    const { context } = fakeContext({ reader: { hasSelection: true } });
    const items = paletteItems(ACTIONS, context, [], []);
    const labels = items.map((item) => item.label);
    expect(labels).toContain('Highlight as Claim');
    expect(labels).not.toContain('Write the note of the selected highlight');
    expect(labels).not.toContain('Save the edits as a new version');
    expect(labels).not.toContain('Go to the start or end of the text');
    expect(items.find((item) => item.target === 'highlights.highlight')).toMatchObject({ keys: ['Ctrl+Shift+H'], detail: 'Highlights' });
  });

  it('offers the editing actions while the text is edited, and not the reading ones', () => {
    const labels = found('', { where: 'editing', reader: { editing: true } });
    expect(labels).toContain('Save the edits as a new version');
    expect(labels).not.toContain('Next highlight');
  });

  it('lists the documents that can be opened, the most recently opened first', () => {
    const { context } = fakeContext();
    const docs = paletteItems(ACTIONS, context, DOCS, ['interview']).filter((item) => item.kind === 'document');
    expect(docs.map((item) => item.target)).toEqual(['interview', 'war']);
  });
});

describe('matching the palette', () => {
  it('lists everything, in order, for an empty query', () => {
    expect(found('  ')).toEqual(found(''));
    expect(found('').length).toBeGreaterThan(20);
  });

  it('finds commands by the letters of their words, best first', () => {
    expect(found('next hi')[0]).toBe('Next highlight');
    expect(found('nxt hl')[0]).toBe('Next highlight');
    expect(found('theme')[0]).toBe('Switch theme between light and dark');
    expect(found('delete')[0]).toBe('Delete the selected highlight');
  });

  it('finds a command by its other words, and documents by title', () => {
    expect(found('dark')).toContain('Switch theme between light and dark');
    expect(found('war peace')[0]).toBe('War and Peace');
    expect(found('interview')[0]).toBe('Interview with CSTO Secretary-General');
  });

  it('marks the label’s characters that matched', () => {
    const { context } = fakeContext();
    const [best] = matchPalette('nxt', paletteItems(ACTIONS, context, [], []));
    expect(best!.item.label).toBe('Next highlight');
    expect(best!.matched).toEqual([0, 2, 3]);
  });

  it('finds nothing for letters no command has', () => {
    expect(found('qqqzzz')).toEqual([]);
  });

  it('offers to follow a pasted gloss:// link, and treats a malformed one as words', () => {
    const link = 'gloss://open?document=doc-1&start=5&end=9';
    expect(found(`  ${link} `)).toEqual(['Open the linked passage']);
    expect(found('gloss://open?document=doc-1&start=9&end=5')).not.toContain('Open the linked passage');
  });
});
