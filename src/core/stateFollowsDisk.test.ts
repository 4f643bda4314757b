import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSummary, MethodParams, Settings } from '../shared/contract';
import { addDocument } from './documents/addDocument';
import { openCore, openDataDir, type Core } from './openCore';
import type { FailingDisk } from './testing/failingDisk';

const disk = vi.hoisted((): FailingDisk => ({ failWith: null, affects: () => true }));
vi.mock('node:fs/promises', async (importOriginal) => (await import('./testing/failingDisk')).failingFsPromises(await importOriginal(), disk));

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources');
let core: Core;
let dataDir: string;
let id: string;

beforeEach(async () => {
  disk.failWith = null;
  disk.affects = () => true;
  dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-disk-')), 'data');
  core = await openCore({ dataDir, resourcesDir, version: 't' });
  id = (await core.call('library:list', {})).documents[0]!.id;
});
afterEach(async () => {
  disk.failWith = null;
  await core.close();
});

const documentFile = async () => JSON.parse(await readFile(join(dataDir, 'documents', `${id}.json`), 'utf8')) as { annotations: unknown[]; cards: unknown[]; textVersions: unknown[] };
const libraryFile = async () => JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')) as { settings: Settings; documents: DocumentSummary[] };

describe('a write that fails leaves memory as the disk has it', () => {
  it('a highlight that cannot be saved (disk full) is not shown, says why, and the retry with its id succeeds', async () => {
    const highlight: MethodParams<'annotation:create'> = { documentId: id, textVersion: 1, start: 3, end: 12, color: 'c1', id: 'ann-retry' };
    disk.failWith = 'ENOSPC';
    await expect(core.call('annotation:create', highlight)).rejects.toMatchObject({ code: 'storage', message: 'The disk is full — nothing was saved. Free some space and try again.' });
    disk.failWith = null;
    expect((await core.call('document:open', { id })).annotations).toEqual([]);
    expect((await documentFile()).annotations).toEqual([]);
    const view = (await core.call('annotation:create', highlight));
    expect(view.id).toBe('ann-retry');
    expect((await documentFile()).annotations).toHaveLength(1);
  });

  it('a card that cannot be saved (too many open files) is not listed and does not reach disk with the next write', async () => {
    const card = { documentId: id, type: 'qa', prompt: 'Who hosts the summit?', answer: 'Minsk' };
    disk.failWith = 'EMFILE';
    await expect(core.call('card:create', card)).rejects.toThrow(/Too many files are open — nothing was saved/);
    disk.failWith = null;
    expect((await core.call('cards:list', { documentId: id })).cards).toEqual([]);
    await core.call('annotation:create', { documentId: id, textVersion: 1, start: 3, end: 12, color: 'c1' });
    expect((await documentFile()).cards).toEqual([]);
    await core.call('card:create', card);
    expect((await documentFile()).cards).toHaveLength(1);
  });

  it('a long note whose file cannot be written (disk full) is not shown, and the retry stores it', async () => {
    const highlight: MethodParams<'annotation:create'> = { documentId: id, textVersion: 1, start: 3, end: 12, color: 'c1', id: 'ann-long', note: 'memo '.repeat(10_000) };
    disk.affects = (path) => path.includes(`${join('notes', id)}`);
    disk.failWith = 'ENOSPC';
    await expect(core.call('annotation:create', highlight)).rejects.toMatchObject({ code: 'storage', message: 'The disk is full — nothing was saved. Free some space and try again.' });
    disk.failWith = null;
    expect((await core.call('document:open', { id })).annotations).toEqual([]);
    expect((await documentFile()).annotations).toEqual([]);
    await core.call('annotation:create', highlight);
    expect((await core.call('document:open', { id })).annotations.map((a) => a.note)).toEqual([highlight.note]);
  });

  it('a grade that cannot be logged (disk full) leaves the card where it was, and the retry counts once', async () => {
    const card = (await core.call('card:create', { documentId: id, type: 'qa', prompt: 'Who hosts the summit?', answer: 'Minsk' }));
    disk.affects = (path) => path.endsWith('.reviews.jsonl');
    disk.failWith = 'ENOSPC';
    await expect(core.call('review:grade', { documentId: id, cardId: card.id, rating: 3 })).rejects.toMatchObject({ code: 'storage', message: 'The disk is full — nothing was saved. Free some space and try again.' });
    disk.failWith = null;
    const listed = async () => (await core.call('cards:list', { documentId: id })).cards[0];
    expect(await listed()).toMatchObject({ reps: 0, status: 'new' });
    await core.call('review:grade', { documentId: id, cardId: card.id, rating: 3 });
    expect(await listed()).toMatchObject({ reps: 1 });
    const log = await readFile(join(dataDir, 'documents', `${id}.reviews.jsonl`), 'utf8');
    expect(log.trim().split('\n')).toHaveLength(1);
  });

  it('settings and reading positions that cannot be saved (read-only disk) stay as they were', async () => {
    disk.affects = (path) => path.includes('library.json');
    disk.failWith = 'EROFS';
    await expect(core.call('settings:update', { theme: 'dark' })).rejects.toThrow('The data folder is on a read-only disk — nothing was saved.');
    await expect(core.call('document:setReadingPosition', { id, position: { paragraph: 5 } })).rejects.toThrow(/read-only disk/);
    await expect(core.call('category:rename', { id: 'c1', name: 'Lost' })).rejects.toThrow(/read-only disk/);
    disk.failWith = null;
    expect((await core.call('settings:get', {})).theme).toBe('system');
    expect((await core.call('settings:get', {})).categories[0]!.name).not.toBe('Lost');
    expect((await core.call('library:list', {})).documents[0]!.readingPosition).toBeNull();
    await core.call('settings:update', { currentColor: 'c2' });
    expect((await libraryFile()).settings).toMatchObject({ theme: 'system', currentColor: 'c2' });
  });

  it('a text save whose document file cannot be written leaves no version 2 behind, so saving again succeeds', async () => {
    const { text } = (await core.call('document:open', { id }));
    disk.affects = (path) => path.includes(`${id}.json`);
    disk.failWith = 'EACCES';
    await expect(core.call('document:saveText', { id, baseVersion: 1, text: `${text}\n\nAdded.`, anchors: [] })).rejects.toThrow(/not allowed to write in its data folder — nothing was saved/);
    disk.failWith = null;
    expect(await readdir(join(dataDir, 'texts', id))).toEqual(['v1.txt']);
    expect((await documentFile()).textVersions).toHaveLength(1);
    expect(await core.call('document:saveText', { id, baseVersion: 1, text: `${text}\n\nAdded.`, anchors: [] })).toMatchObject({ textVersion: 2 });
  });
});

describe('adding a document whose library entry cannot be written', () => {
  it('removes the new document again, so nothing half-made stays and the library is unchanged', async () => {
    await core.close();
    const open = await openDataDir({ dataDir, resourcesDir, version: 't' });
    try {
      const before = structuredClone({ documents: open.ctx.library.documents, settings: open.ctx.library.settings });
      disk.affects = (path) => path.includes('library.json');
      disk.failWith = 'EIO';
      await expect(addDocument(open.ctx, { title: 'New', source: '', text: 'Some words.' })).rejects.toThrow(/disk reported a read\/write error/);
      disk.failWith = null;
      expect({ documents: open.ctx.library.documents, settings: open.ctx.library.settings }).toEqual(before);
      expect(await readdir(join(dataDir, 'documents'))).toEqual([`${id}.json`]);
      expect(await readdir(join(dataDir, 'texts'))).toEqual([id]);
      const added = await addDocument(open.ctx, { title: 'New', source: '', text: 'Some words.' });
      expect(open.ctx.library.documents.map((doc) => doc.id)).toEqual([added.id, id]);
    } finally {
      await open.close();
    }
  });
});
