import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataDir } from '../openCore';
import { listSnapshots } from './listSnapshots';
import { backupsDir } from './snapshotManifest';
import { takeSnapshot } from './takeSnapshot';

const resourcesDir = join(import.meta.dirname, '..', '..', '..', 'resources');
const when = new Date('2026-11-28T10:00:00.000Z');

async function seededDataDir(): Promise<{ dataDir: string; id: string }> {
  const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-snapshot-')), 'data');
  const open = await openDataDir({ dataDir, resourcesDir, version: 't' });
  const id = open.ctx.library.documents[0]!.id;
  await open.close();
  return { dataDir, id };
}

describe('takeSnapshot', () => {
  it('copies library.json and the document files, links the texts to one shared copy, and writes a manifest last', async () => {
    const { dataDir, id } = await seededDataDir();
    const manifest = await takeSnapshot(dataDir, when, 'activity');
    const dir = join(backupsDir(dataDir), manifest.id);
    expect(manifest).toMatchObject({ id: '2026-11-28T10-00-00-000Z', takenAt: when.toISOString(), reason: 'activity', skipped: [] });
    expect(manifest.documents).toEqual([{ id, title: 'Interview with CSTO Secretary-General Imangali Tasmagambetov' }]);
    expect(manifest.files.sort()).toEqual(['library.json', `documents/${id}.json`, `texts/${id}/v1.txt`].sort());
    expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe(await readFile(join(dataDir, 'library.json'), 'utf8'));
    expect(await readFile(join(dir, 'documents', `${id}.json`), 'utf8')).toBe(await readFile(join(dataDir, 'documents', `${id}.json`), 'utf8'));
    // Texts never change: snapshots share one copy in the store, and not the data directory's file, which could be damaged in place.
    const second = await takeSnapshot(dataDir, new Date(when.getTime() + 1), 'activity');
    const shared = (await stat(join(dir, 'texts', id, 'v1.txt'))).ino;
    expect((await stat(join(backupsDir(dataDir), second.id, 'texts', id, 'v1.txt'))).ino).toBe(shared);
    expect(shared).not.toBe((await stat(join(dataDir, 'texts', id, 'v1.txt'))).ino);
    expect(await readFile(join(dir, 'texts', id, 'v1.txt'), 'utf8')).toBe(await readFile(join(dataDir, 'texts', id, 'v1.txt'), 'utf8'));
    // The copies are separate files: a later write to the library does not reach the snapshot.
    expect((await stat(join(dir, 'library.json'))).ino).not.toBe((await stat(join(dataDir, 'library.json'))).ino);
  });

  it('leaves out a document file that does not parse and says so, so the snapshot still verifies', async () => {
    const { dataDir, id } = await seededDataDir();
    await writeFile(join(dataDir, 'documents', 'doc-damaged.json'), '{"schemaVersion":3,');
    const kept: unknown[] = [];
    const manifest = await takeSnapshot(dataDir, when, 'close', { onDocumentKept: (file) => kept.push(file) });
    expect(manifest.skipped).toEqual(['documents/doc-damaged.json']);
    expect(manifest.documents.map((d) => d.id)).toEqual([id]);
    // The caller is shown each document file kept, as parsed, and not the one left out.
    expect(kept).toEqual([JSON.parse(await readFile(join(dataDir, 'documents', `${id}.json`), 'utf8'))]);
  });

  it('gives two snapshots of the same millisecond different folders, and leaves no unfinished folder', async () => {
    const { dataDir } = await seededDataDir();
    const before = (await listSnapshots(dataDir)).length;
    const [a, b] = [await takeSnapshot(dataDir, when, 'activity'), await takeSnapshot(dataDir, when, 'activity')];
    expect([a.id, b.id]).toEqual(['2026-11-28T10-00-00-000Z', '2026-11-28T10-00-00-000Z-2']);
    expect(await listSnapshots(dataDir)).toHaveLength(before + 2);
    expect((await readdir(backupsDir(dataDir))).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
