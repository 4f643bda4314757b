import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../openCore';
import { openFreshCore } from '../testing/freshCore';

const cores: Core[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
});

async function library(name: string) {
  const fresh = await openFreshCore(name);
  cores.push(fresh.core);
  return fresh;
}

/** Everything a user would notice of a library, through its exports and lists. */
async function libraryAsSeen(core: Core) {
  const { documents } = await core.call('library:list', {});
  return {
    documents: documents.map(({ lastOpenedAt: _opened, ...summary }) => summary),
    markdown: (await core.call('export:markdown', { scope: {}, groupBy: 'tag' })).content.replace(/^exported-at: .*$/m, ''),
    w3c: (await core.call('export:w3c', { scope: {} })).content,
    cards: (await core.call('cards:list', {})).cards,
    tags: await core.call('tags:list', {}),
    settings: await core.call('settings:get', {}),
  };
}

describe('backup files', () => {
  it('restoring a backup into an empty data directory gives the same library', { timeout: 30_000 }, async () => {
    const first = await library('backup-a');
    const { text } = await first.core.call('document:open', { id: first.documentId });
    const at = text.indexOf('Minsk');
    await first.core.call('annotation:create', { documentId: first.documentId, textVersion: 1, start: at, end: at + 5, color: 'c2', note: 'capital', tags: ['place/belarus'] });
    await first.core.call('card:create', { documentId: first.documentId, type: 'qa', prompt: 'Which city?', answer: 'Minsk', tags: ['exam'] });
    await first.core.call('tag:describe', { name: 'exam', description: 'For the exam', color: 'c4' });
    await first.core.call('document:saveText', { id: first.documentId, baseVersion: 1, text: `${text}\n\nAn added paragraph.`, anchors: [] });
    await first.core.call('settings:update', { theme: 'dark', newCardsPerDay: 7 });
    const backup = await first.core.call('backup:create', {});
    expect(backup.fileName).toMatch(/\.glossbackup$/);
    expect(backup.counts).toEqual({ documents: 1, highlights: 1, cards: 1 });

    const second = await library('backup-b');
    const restored = await second.core.call('backup:restore', { fileName: backup.fileName, data: backup.data });
    expect(restored.restored.documents.map((doc) => doc.id)).toEqual([first.documentId]);
    expect(await libraryAsSeen(second.core)).toEqual(await libraryAsSeen(first.core));
    const opened = await second.core.call('document:open', { id: first.documentId });
    expect(opened.text).toBe(`${text}\n\nAn added paragraph.`);
    expect(opened.summary.textVersion).toBe(2);
  });

  it('asks before replacing a library that holds the user’s work', async () => {
    const source = await library('backup-c');
    const backup = await source.core.call('backup:create', {});
    const target = await library('backup-d');
    await target.core.call('annotation:create', { documentId: target.documentId, textVersion: 1, start: 0, end: 5, color: 'c1' });
    await expect(target.core.call('backup:restore', { fileName: 'b.glossbackup', data: backup.data })).rejects.toThrow(/not empty/);
    expect((await target.core.call('document:open', { id: target.documentId })).annotations).toHaveLength(1);
    await target.core.call('backup:restore', { fileName: 'b.glossbackup', data: backup.data, replace: true });
    expect((await target.core.call('library:list', {})).documents.map((doc) => doc.id)).toEqual([source.documentId]);
  });

  it('refuses what is not a backup, a backup from a newer Gloss and a zip bomb, changing nothing', async () => {
    const { core, documentId } = await library('backup-e');
    const zip = (files: Record<string, string | Uint8Array>) => Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])))).toString('base64');
    const restore = (data: string) => core.call('backup:restore', { fileName: 'x.glossbackup', data });
    await expect(restore(Buffer.from('not a zip').toString('base64'))).rejects.toThrow(/x.glossbackup cannot be restored/);
    await expect(restore(zip({ 'hello.txt': 'hi' }))).rejects.toThrow(/not a Gloss backup file/);
    await expect(restore(zip({ 'gloss-backup.json': JSON.stringify({ format: 'gloss-backup', formatVersion: 2 }) }))).rejects.toThrow(/newer Gloss/);
    const marker = JSON.stringify({ format: 'gloss-backup', formatVersion: 1, createdAt: '2026-12-01T00:00:00.000Z', glossVersion: '9' });
    const manifest = (files: string[]) => JSON.stringify({ schemaVersion: 1, id: '2026-12-01T00-00-00-000Z', takenAt: '2026-12-01T00:00:00.000Z', reason: 'backup-file', documents: [], files, skipped: [] });
    await expect(restore(zip({ 'gloss-backup.json': marker, 'snapshot.json': manifest(['../../etc/passwd']) }))).rejects.toThrow(/never writes/);
    const newer = JSON.stringify({ schemaVersion: 99, documents: [] });
    await expect(restore(zip({ 'gloss-backup.json': marker, 'snapshot.json': manifest(['library.json']), 'library.json': newer }))).rejects.toThrow(/newer|version/i);
    const bomb = zip({ 'gloss-backup.json': marker, 'snapshot.json': manifest(['library.json']), 'library.json': new Uint8Array(16 * 1024 * 1024) });
    await expect(restore(bomb)).rejects.toThrow(/cannot be restored/);
    expect((await core.call('library:list', {})).documents.map((doc) => doc.id)).toEqual([documentId]);
  }, 30_000);
});
