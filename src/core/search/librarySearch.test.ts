import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../openCore';
import { openFreshCore } from '../testing/freshCore';

let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

/** A fresh core holding the interview and a second, imported document. */
async function twoDocuments() {
  const fresh = await openFreshCore('search');
  core = fresh.core;
  const text = 'The quiet harbour of Odessa at dawn.\n\nFishermen mend their nets in Odessa, as every morning.';
  const imported = await core.call('document:import', { taskId: 'import-1', fileName: 'harbour.txt', data: Buffer.from(text).toString('base64'), title: 'Harbour' });
  if (imported.status !== 'added') throw new Error('the second document was not added');
  return { core, interview: fresh.documentId, harbour: imported.document.id, text };
}

/** Searches until the index has caught up (a first build may take longer than one search waits). */
async function search(core: Core, query: string) {
  for (;;) {
    const result = await core.call('library:search', { query });
    if (!result.indexing) return result;
  }
}

// Each test starts a worker thread from source (tsx compiles it inside the thread): seconds on a busy machine.
describe('library:search through the core', { timeout: 30_000 }, () => {
  it('searches every document, with snippets, and says where each hit is', async () => {
    const { core, harbour, text } = await twoDocuments();
    const result = await search(core, 'odessa');
    expect(result.groups.map((g) => [g.documentId, g.title, g.total])).toEqual([[harbour, 'Harbour', 2]]);
    const [first] = result.groups[0]!.hits;
    expect(first).toMatchObject({ kind: 'text', snippet: { before: 'The quiet harbour of ', match: 'Odessa', after: ' at dawn.' } });
    expect(text.slice(first!.start, first!.end)).toBe('Odessa');
    expect((await search(core, 'Minsk')).groups.map((g) => g.title)).toEqual(['Interview with CSTO Secretary-General Imangali Tasmagambetov']);
  });

  it('re-indexes what changed: a new note and tag are found, a deleted highlight is gone', async () => {
    const { core, harbour } = await twoDocuments();
    await search(core, '');
    const view = await core.call('annotation:create', { documentId: harbour, textVersion: 1, start: 4, end: 9, color: 'c1', note: 'Compare the *quince* orchards', tags: ['places/black sea'] });
    const found = await search(core, 'quince');
    expect(found.groups[0]!.hits).toEqual([{ kind: 'note', snippet: { before: 'Compare the ', match: 'quince', after: ' orchards' }, start: 4, end: 9, annotationId: view.id }]);
    expect((await search(core, 'black sea')).groups[0]!.hits[0]).toMatchObject({ kind: 'tag', annotationId: view.id });
    await core.call('annotation:delete', { documentId: harbour, id: view.id });
    expect((await search(core, 'quince')).groups).toEqual([]);
  });

  it('finds cards, replaces an old text version with the new, and leaves out trashed documents', async () => {
    const { core, harbour } = await twoDocuments();
    await core.call('card:create', { documentId: harbour, type: 'qa', prompt: 'Which port wakes at dawn?', answer: 'Odessa' });
    expect((await search(core, 'wakes')).groups[0]!.hits[0]).toMatchObject({ kind: 'card' });
    await core.call('document:saveText', { id: harbour, baseVersion: 1, text: 'A new text about Varna.', anchors: [] });
    expect((await search(core, 'fishermen')).groups).toEqual([]);
    expect((await search(core, 'varna')).groups[0]!.documentId).toBe(harbour);
    await core.call('document:trash', { id: harbour });
    // At once, even before the index has dropped it: a trashed document is never shown.
    expect((await core.call('library:search', { query: 'varna' })).groups).toEqual([]);
    await core.call('document:restore', { id: harbour });
    expect((await search(core, 'varna')).groups).toHaveLength(1);
  });

  it('refuses malformed queries with a clear message, and finds nothing for an empty one', async () => {
    const { core } = await twoDocuments();
    await expect(core.call('library:search', { query: 'x'.repeat(10_000) })).rejects.toMatchObject({ code: 'invalid_params', message: expect.stringContaining('a search is at most 1,000 characters') });
    await expect(core.call('library:search', { query: 5 } as never)).rejects.toMatchObject({ code: 'invalid_params' });
    await expect(core.call('library:search', { query: 'x', regex: true } as never)).rejects.toMatchObject({ code: 'invalid_params' });
    await expect(core.call('library:search', { query: 'x', limit: 0 })).rejects.toMatchObject({ code: 'invalid_params' });
    await expect(core.call('library:search', {} as never)).rejects.toMatchObject({ code: 'invalid_params' });
    expect((await search(core, '   ')).groups).toEqual([]);
    expect((await search(core, '((((')).groups).toEqual([]);
  });
});
