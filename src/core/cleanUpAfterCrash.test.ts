import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeOrphanTextFolders, removeStaleTempFiles } from './cleanUpAfterCrash';
import { openCore } from './openCore';

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources');
const freshDir = () => mkdtemp(join(tmpdir(), 'gloss-clean-'));
const tempName = (name: string, pid: number) => `.${name}.${pid}.0123456789ab.tmp`;

describe('removeStaleTempFiles', () => {
  it('removes every temp file in every folder Gloss writes, even a live process\'s, and unfinished snapshots', async () => {
    const dir = await freshDir();
    await mkdir(join(dir, 'documents'));
    await mkdir(join(dir, 'texts', 'doc-a'), { recursive: true });
    await mkdir(join(dir, 'search-index'));
    await mkdir(join(dir, 'backups', '.partial-2026-11-28T10-00-00-000Z-abcd'), { recursive: true });
    await mkdir(join(dir, 'backups', '2026-11-27T10-00-00-000Z'));
    const dead = 4_000_001;
    // A live process's temp file: a Gloss paused past the stale time, which lost the lock to this one and must not publish it.
    const alive = process.ppid;
    await writeFile(join(dir, tempName('library.json', dead)), '{');
    await writeFile(join(dir, tempName('library.json', alive)), '{');
    await writeFile(join(dir, 'backups', tempName('manifest.json', alive)), '{');
    await writeFile(join(dir, tempName('notices.json', process.pid)), '{');
    await writeFile(join(dir, '.hidden-by-the-user'), 'keep');
    await writeFile(join(dir, 'documents', tempName('doc-a.json', dead)), '{');
    await writeFile(join(dir, 'texts', 'doc-a', tempName('v2.txt', dead)), 'half a book');
    await writeFile(join(dir, 'search-index', tempName('doc-a.words', dead)), 'half an index');
    const removed = await removeStaleTempFiles(dir);
    expect(removed).toHaveLength(8);
    expect((await readdir(dir)).sort()).toEqual(['.hidden-by-the-user', 'backups', 'documents', 'search-index', 'texts'].sort());
    expect(await readdir(join(dir, 'search-index'))).toEqual([]);
    expect(await readdir(join(dir, 'documents'))).toEqual([]);
    expect(await readdir(join(dir, 'texts', 'doc-a'))).toEqual([]);
    expect(await readdir(join(dir, 'backups'))).toEqual(['2026-11-27T10-00-00-000Z']);
  });
});

describe('removeOrphanTextFolders', () => {
  it('removes text folders of documents never added, and keeps any a document file or the library names', async () => {
    const dir = await freshDir();
    for (const id of ['doc-orphan', 'doc-listed', 'doc-with-file', 'doc-with-prev']) {
      await mkdir(join(dir, 'texts', id), { recursive: true });
      await writeFile(join(dir, 'texts', id, 'v1.txt'), 'text');
    }
    await mkdir(join(dir, 'documents'));
    await writeFile(join(dir, 'documents', 'doc-with-file.json'), '{}');
    await writeFile(join(dir, 'documents', 'doc-with-prev.json.prev'), '{}');
    expect(await removeOrphanTextFolders(dir, new Set(['doc-listed']))).toEqual([join(dir, 'texts', 'doc-orphan')]);
    expect((await readdir(join(dir, 'texts'))).sort()).toEqual(['doc-listed', 'doc-with-file', 'doc-with-prev']);
  });
});

describe('opening a data directory after a crash', () => {
  it('clears stale temp files and half-added text folders, and keeps the library', async () => {
    const dataDir = join(await freshDir(), 'data');
    const first = await openCore({ dataDir, resourcesDir, version: 't' });
    await first.close();
    await mkdir(join(dataDir, 'texts', 'doc-half-added'));
    await writeFile(join(dataDir, 'texts', 'doc-half-added', 'v1.txt'), 'text of a document whose file was never written');
    await writeFile(join(dataDir, tempName('library.json', 4_000_004)), '{"half":');
    const core = await openCore({ dataDir, resourcesDir, version: 't' });
    try {
      expect(await readdir(join(dataDir, 'texts'))).toHaveLength(1);
      expect((await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      await core.close();
    }
  });
});
