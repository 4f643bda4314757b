import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../openCore';
import { openFreshCore, openTestCore, TEST_RESOURCES_DIR } from '../testing/freshCore';

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

const listedIds = async (c: Core) => (await c.call('library:list', {})).documents.map((doc) => ({ id: doc.id, trashed: Boolean(doc.trashedAt) }));

describe('the Trash', () => {
  it('keeps a trashed document with its highlights and brings it back as it was, across a relaunch', async () => {
    const fresh = await openFreshCore('trash');
    core = fresh.core;
    const { documentId, dataDir } = fresh;
    await core.call('annotation:create', { documentId, textVersion: 1, start: 3, end: 12, color: 'c1', note: 'kept' });
    const trashed = await core.call('document:trash', { id: documentId });
    expect(trashed.trashedAt).toBeDefined();
    await core.close();
    core = await openTestCore(dataDir);
    expect(await listedIds(core)).toEqual([{ id: documentId, trashed: true }]);
    // Its cards wait in the Trash too: review over the library does not offer them.
    const restored = await core.call('document:restore', { id: documentId });
    expect(restored.trashedAt).toBeUndefined();
    const opened = await core.call('document:open', { id: documentId });
    expect(opened.annotations.map((a) => a.note)).toEqual(['kept']);
  });

  it('removes a document for good only from the Trash, files and all', async () => {
    const fresh = await openFreshCore('trash-empty');
    core = fresh.core;
    const { documentId, dataDir } = fresh;
    await expect(core.call('trash:empty', { id: documentId })).rejects.toMatchObject({ code: 'conflict' });
    await core.call('document:trash', { id: documentId });
    expect(await core.call('trash:empty', {})).toEqual({ removed: 1 });
    expect(await listedIds(core)).toEqual([]);
    expect(await readdir(join(dataDir, 'texts'))).toEqual([]);
    await expect(core.call('document:open', { id: documentId })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('empties itself of documents trashed more than 30 days ago when Gloss starts, and keeps newer ones', async () => {
    const fresh = await openFreshCore('trash-expiry');
    core = fresh.core;
    await core.call('document:trash', { id: fresh.documentId });
    await core.close();
    const inDays = (days: number) => () => new Date(Date.now() + days * 24 * 3_600_000);
    core = await openCore({ dataDir: fresh.dataDir, resourcesDir: TEST_RESOURCES_DIR, version: 't', now: inDays(29) });
    expect(await listedIds(core)).toHaveLength(1);
    await core.close();
    core = await openCore({ dataDir: fresh.dataDir, resourcesDir: TEST_RESOURCES_DIR, version: 't', now: inDays(31) });
    expect(await listedIds(core)).toEqual([]);
  });
});

describe('renaming a document', () => {
  it('changes its title and source in the library and in its own file, on one line', async () => {
    const fresh = await openFreshCore('rename');
    core = fresh.core;
    const renamed = await core.call('document:rename', { id: fresh.documentId, title: '  Interview\nwith the minister ', source: 'radio.txt' });
    expect(renamed).toMatchObject({ title: 'Interview with the minister', source: 'radio.txt' });
    await core.close();
    core = await openTestCore(fresh.dataDir);
    expect((await core.call('document:open', { id: fresh.documentId })).summary).toMatchObject({ title: 'Interview with the minister', source: 'radio.txt' });
  });

  it('refuses an empty title and an unknown document', async () => {
    const fresh = await openFreshCore('rename-bad');
    core = fresh.core;
    await expect(core.call('document:rename', { id: fresh.documentId, title: '   ' })).rejects.toMatchObject({ code: 'invalid_params' });
    await expect(core.call('document:rename', { id: 'doc-nope', title: 'x' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('library stats', () => {
  it('counts highlights and cards per document, leaving out unknown ids', async () => {
    const fresh = await openFreshCore('stats');
    core = fresh.core;
    await core.call('annotation:create', { documentId: fresh.documentId, textVersion: 1, start: 3, end: 12, color: 'c1' });
    const { documents } = await core.call('library:stats', { ids: [fresh.documentId, 'doc-unknown'] });
    expect(documents).toEqual([{ id: fresh.documentId, highlights: 1, cards: 0, dueCards: 0, newCards: 0 }]);
  });
});
