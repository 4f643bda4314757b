import { createHash } from 'node:crypto';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../openCore';
import { openFreshCore } from '../testing/freshCore';
import { readAnkiPackage } from './anki/testing/readAnkiPackage';

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

describe('export:w3c', () => {
  it('names the text by the SHA-256 of its current version, before and after the text is edited', async () => {
    const sha256 = (words: string) => `urn:sha256:${createHash('sha256').update(words).digest('hex')}`;
    const start = text.indexOf('Minsk');
    await core.call('annotation:create', { documentId: id, textVersion: 1, start, end: start + 5, color: 'c2' });
    const sourceOf = async () => (JSON.parse((await core.call('export:w3c', { scope: { documentIds: [id] } })).content) as { first: { items: { target: { source: { id: string } } }[] } }).first.items[0]!.target.source.id;
    expect(await sourceOf()).toBe(sha256(text));
    const edited = `${text}\n\nAn added paragraph.`;
    await core.call('document:saveText', { id, baseVersion: 1, text: edited, anchors: [] });
    expect(await sourceOf()).toBe(sha256(edited));
  });
});

describe('export:anki', () => {
  /** An export's bytes, from the base64 the contract carries. */
  const bytesOf = (exported: { data: string }) => new Uint8Array(Buffer.from(exported.data, 'base64'));

  it('exports a document’s cards as an Anki package that opens, a deck named after the document, the same GUIDs each time', async () => {
    const title = (await core.call('library:list', {})).documents[0]!.title;
    await core.call('card:create', { documentId: id, type: 'cloze', prompt: 'The summit met in [...] in May.', answer: 'Minsk', tags: ['place/Minsk city'] });
    await core.call('card:create', { documentId: id, type: 'qa', prompt: 'Which <b>bloc</b> met?', answer: 'The CSTO' });
    const exported = await core.call('export:anki', { scope: { documentIds: [id] }, format: 'apkg' });
    expect(exported.fileName).toMatch(/\.apkg$/u);
    expect(exported.counts).toEqual({ documents: 1, highlights: 0, cards: 2 });
    const opened = await readAnkiPackage(bytesOf(exported));
    expect(opened.notes.map((note) => String(note.flds).split('\u001f')[0])).toEqual(['The summit met in {{c1::Minsk}} in May.', 'Which &lt;b&gt;bloc&lt;/b&gt; met?']);
    expect(opened.notes[0]!.tags).toBe(' place::Minsk_city ');
    expect(Object.values(opened.decks).map((deck) => deck.name)).toContain(title.replace(/\s+/gu, ' ').trim());
    const again = await readAnkiPackage(bytesOf(await core.call('export:anki', { scope: {}, format: 'apkg' })));
    expect(again.notes.map((note) => note.guid)).toEqual(opened.notes.map((note) => note.guid));
    // The first Anki package of a test run loads SQLite's WebAssembly.
  }, 20_000);

  it('exports Anki’s text format with its headers', async () => {
    await core.call('card:create', { documentId: id, type: 'qa', prompt: 'Which city hosts the summit?', answer: 'Minsk' });
    const exported = await core.call('export:anki', { scope: {}, format: 'text' });
    expect(exported.fileName).toMatch(/\.txt$/u);
    const lines = new TextDecoder().decode(bytesOf(exported)).trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
    expect(lines.at(-1)!.split('\t').slice(0, 3)).toEqual(['Basic', expect.any(String), 'Which city hosts the summit?']);
  });

  it('refuses a document without cards, or chosen highlights, with a sentence that says why', async () => {
    await expect(core.call('export:anki', { scope: { documentIds: [id] }, format: 'apkg' })).rejects.toThrow(/has no flashcards to export to Anki/u);
    const chosen = await core.call('annotation:create', { documentId: id, textVersion: 1, start: 0, end: 10, color: 'c1' });
    await expect(core.call('export:anki', { scope: { documentIds: [id], annotationIds: [chosen.id] }, format: 'text' })).rejects.toThrow(/whole documents/u);
  });
});
