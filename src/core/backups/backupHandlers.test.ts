import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { addDocument } from '../documents/addDocument';
import { openCore, openDataDir, type Core } from '../openCore';

const resourcesDir = join(import.meta.dirname, '..', '..', '..', 'resources');
let dataDir: string;
let id: string;
let core: Core;

/** A library whose interview has one highlight, closed once (so a snapshot was taken), then opened again. */
beforeEach(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-backups-')), 'data');
  const first = await openCore({ dataDir, resourcesDir, version: 't' });
  id = (await first.call('library:list', {})).documents[0]!.id;
  await first.call('annotation:create', { documentId: id, textVersion: 1, start: 3, end: 12, color: 'c1', note: 'kept' });
  await first.close();
  core = await openCore({ dataDir, resourcesDir, version: 't' });
});
afterEach(() => core.close());

const snapshots = async () => (await core.call('backups:list', {})).snapshots;
const notes = async (documentId = id) => (await core.call('document:open', { id: documentId })).annotations.map((a) => a.note);

describe('backups:list and backups:restore', () => {
  it('lists the snapshots kept, newest first, with what each holds', async () => {
    expect(await snapshots()).toEqual([{ id: expect.any(String), takenAt: expect.any(String), reason: 'close', documents: [{ id, title: 'Interview with CSTO Secretary-General Imangali Tasmagambetov' }] }]);
  });

  it('puts the library back as the snapshot had it, after saving the present as a snapshot that undoes it', async () => {
    const [closing] = await snapshots();
    await core.call('annotation:create', { documentId: id, textVersion: 1, start: 20, end: 30, color: 'c2', note: 'later' });
    await core.call('settings:update', { theme: 'dark' });
    const result = (await core.call('backups:restore', { id: closing!.id }));
    expect(result.restored.id).toBe(closing!.id);
    expect(result.before.reason).toBe('before-restore');
    expect(await notes()).toEqual(['kept']);
    expect((await core.call('settings:get', {})).theme).toBe('system');
    const { notices } = (await core.call('app:status', {}));
    expect(notices.at(-1)?.message).toMatch(/^The library was restored to the snapshot taken .* How it was just before is kept as the snapshot taken .*; restore that to undo\.$/);
    // The replaced document file stays as its previous generation too.
    expect(JSON.parse(await readFile(join(dataDir, 'documents', `${id}.json.prev`), 'utf8')).annotations).toHaveLength(2);

    await core.call('backups:restore', { id: result.before.id });
    expect(await notes()).toEqual(['kept', 'later']);
    expect((await core.call('settings:get', {})).theme).toBe('dark');
  });

  it('puts each document’s review history back with it, and undoing the restore brings the later reviews back', async () => {
    const card = (await core.call('card:create', { documentId: id, type: 'qa', prompt: 'Who hosts the summit?', answer: 'Minsk' }));
    await core.call('review:grade', { documentId: id, cardId: card.id, rating: 3 });
    await core.close();
    core = await openCore({ dataDir, resourcesDir, version: 't' });
    const [withOneReview] = await snapshots();
    expect(withOneReview!.reason).toBe('close');
    await core.call('review:grade', { documentId: id, cardId: card.id, rating: 3 });
    const reps = async () => (await core.call('cards:list', { documentId: id })).cards[0]!.reps;
    expect(await reps()).toBe(2);

    const { before } = (await core.call('backups:restore', { id: withOneReview!.id }));
    expect(await reps()).toBe(1);
    expect((await readFile(join(dataDir, 'documents', `${id}.reviews.jsonl`), 'utf8')).trim().split('\n')).toHaveLength(1);
    await core.call('backups:restore', { id: before.id });
    expect(await reps()).toBe(2);
  });

  it('removes documents added after the snapshot, and brings them back when the restore is undone', async () => {
    const [closing] = await snapshots();
    await core.close();
    const open = await openDataDir({ dataDir, resourcesDir, version: 't' });
    const added = await addDocument(open.ctx, { title: 'Added later', source: '', text: 'Later words.' });
    await open.close();
    core = await openCore({ dataDir, resourcesDir, version: 't' });
    const { before } = (await core.call('backups:restore', { id: closing!.id }));
    expect((await core.call('library:list', {})).documents.map((d) => d.id)).toEqual([id]);
    expect(await readdir(join(dataDir, 'documents'))).not.toContain(`${added.id}.json`);
    await core.call('backups:restore', { id: before.id });
    expect((await core.call('library:list', {})).documents.map((d) => d.title)).toContain('Added later');
    expect((await core.call('document:open', { id: added.id })).text).toBe('Later words.');
  });

  it('refuses a snapshot with a file that does not parse, and changes nothing', async () => {
    const [closing] = await snapshots();
    await writeFile(join(dataDir, 'backups', closing!.id, 'documents', `${id}.json`), '{"schemaVersion":3,');
    await core.call('annotation:create', { documentId: id, textVersion: 1, start: 20, end: 30, color: 'c2', note: 'later' });
    await expect(core.call('backups:restore', { id: closing!.id })).rejects.toMatchObject({ code: 'bad_input', message: expect.stringMatching(/cannot be restored: .* cannot be read .* Nothing was changed\./) });
    expect(await notes()).toEqual(['kept', 'later']);
    expect(await snapshots()).toHaveLength(1);
  });

  it('says there is no such snapshot', async () => {
    await expect(core.call('backups:restore', { id: '2020-01-01T00-00-00-000Z' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
