import { fromMarkdown } from 'mdast-util-from-markdown';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../openCore';
import { openFreshCore } from '../testing/freshCore';

let core: Core;
let id: string;
let text: string;

beforeEach(async () => {
  ({ core, documentId: id } = await openFreshCore('export'));
  text = (await core.call('document:open', { id })).text;
});
afterEach(() => core.close());

describe('export:markdown', () => {
  it('exports a document’s highlights with their tags and notes, in document order, and the file parses', async () => {
    const later = text.indexOf('Minsk');
    const earlier = text.indexOf(' ', 40) + 1;
    await core.call('annotation:create', { documentId: id, textVersion: 1, start: later, end: later + 5, color: 'c2', tags: ['place/belarus'], note: 'A *capital*.' });
    await core.call('annotation:create', { documentId: id, textVersion: 1, start: earlier, end: earlier + 10, color: 'c1' });
    const exported = await core.call('export:markdown', { scope: { documentIds: [id] }, groupBy: 'document' });
    expect(exported.counts).toEqual({ documents: 1, highlights: 2, cards: 0 });
    expect(exported.fileName).toMatch(/\.md$/);
    expect(exported.content.indexOf(text.slice(earlier, earlier + 10))).toBeLessThan(exported.content.indexOf('> Minsk'));
    expect(exported.content).toContain('Tags: #place/belarus');
    expect(exported.content).toContain('  A *capital*.');
    expect(fromMarkdown(exported.content).children.length).toBeGreaterThan(4);
  });

  it('exports only the chosen highlights of one document', async () => {
    const start = text.indexOf('Minsk');
    const chosen = await core.call('annotation:create', { documentId: id, textVersion: 1, start, end: start + 5, color: 'c2' });
    await core.call('annotation:create', { documentId: id, textVersion: 1, start: 0, end: 10, color: 'c1' });
    const exported = await core.call('export:markdown', { scope: { documentIds: [id], annotationIds: [chosen.id] }, groupBy: 'document' });
    expect(exported.counts.highlights).toBe(1);
    await expect(core.call('export:markdown', { scope: { annotationIds: [chosen.id] }, groupBy: 'document' })).rejects.toThrow(/exactly one document/);
  });
});
