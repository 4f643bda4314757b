import type * as FsPromises from 'node:fs/promises';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cliHarness } from '../testing/cliHarness';
import { copyReadOnlySnapshot } from './copyReadOnlySnapshot';

/** While set, hard links fail with this errno code, as across disks (EXDEV) or on FAT. */
const disk = vi.hoisted(() => ({ refuseLinks: null as string | null }));

vi.mock('node:fs/promises', async (importActual) => {
  const actual = await importActual<typeof FsPromises>();
  const link: typeof actual.link = async (from, to) => {
    if (disk.refuseLinks) throw Object.assign(new Error(`${disk.refuseLinks}: simulated`), { code: disk.refuseLinks });
    return actual.link(from, to);
  };
  return { ...actual, link };
});

/** A data directory with one of each kind of file Gloss keeps, and the debris a copy must leave out. */
async function dataDirWithEverything(): Promise<{ dataDir: string; into: string }> {
  const { dir, dataDir } = await cliHarness();
  for (const folder of ['documents', 'texts/doc-a', 'notes/doc-a', 'backups/2024-01-01T00-00-00-000Z', 'gloss.lock']) await mkdir(join(dataDir, folder), { recursive: true });
  const files: Record<string, string> = {
    'library.json': '{"schemaVersion":9}',
    'library.json.prev': '{}',
    'notices.json': '{}',
    'gloss.lock.owner.json': '{}',
    '.library.json.123.0123456789ab.tmp': 'half',
    'library.json.damaged-2024-01-01': 'junk',
    'documents/doc-a.json': '{"id":"doc-a"}',
    'documents/doc-a.reviews.jsonl': '{"grade":3}\n',
    'texts/doc-a/v1.txt': 'Minsk hosts the summit.',
    'texts/doc-a/v1.txt.unsaved-2024-01-01': 'old',
    'notes/doc-a/abc.md': 'a long note',
    'backups/2024-01-01T00-00-00-000Z/library.json': '{}',
  };
  for (const [name, content] of Object.entries(files)) await writeFile(join(dataDir, name), content);
  return { dataDir, into: join(dir, 'copy') };
}

beforeEach(() => {
  disk.refuseLinks = null;
});

describe('copyReadOnlySnapshot', () => {
  it('copies the library files and leaves out backups, the lock, temp files and files set aside', async () => {
    const { dataDir, into } = await dataDirWithEverything();
    await copyReadOnlySnapshot(dataDir, into);
    const copied = (await readdir(into, { recursive: true })).sort();
    expect(copied).toEqual(['documents', 'documents/doc-a.json', 'documents/doc-a.reviews.jsonl', 'library.json', 'library.json.prev', 'notes', 'notes/doc-a', 'notes/doc-a/abc.md', 'notices.json', 'texts', 'texts/doc-a', 'texts/doc-a/v1.txt']);
    expect(await readFile(join(into, 'documents/doc-a.reviews.jsonl'), 'utf8')).toBe('{"grade":3}\n');
    // The JSON files are copies: whatever the core does to them stays in the copy.
    expect((await stat(join(into, 'library.json'))).ino).not.toBe((await stat(join(dataDir, 'library.json'))).ino);
  });

  it('copies the texts where the disk refuses hard links', async () => {
    const { dataDir, into } = await dataDirWithEverything();
    disk.refuseLinks = 'EXDEV';
    await copyReadOnlySnapshot(dataDir, into);
    expect(await readFile(join(into, 'texts/doc-a/v1.txt'), 'utf8')).toBe('Minsk hosts the summit.');
    expect((await stat(join(into, 'texts/doc-a/v1.txt'))).ino).not.toBe((await stat(join(dataDir, 'texts/doc-a/v1.txt'))).ino);
  });

  it('says there is no library in a folder without library.json, and takes one with only its previous generation', async () => {
    const { dataDir, into } = await dataDirWithEverything();
    await rm(join(dataDir, 'library.json'));
    await copyReadOnlySnapshot(dataDir, into);
    expect(await readdir(into)).toContain('library.json.prev');
    await rm(join(dataDir, 'library.json.prev'));
    await expect(copyReadOnlySnapshot(dataDir, into)).rejects.toThrow(`There is no Gloss library in ${dataDir}.`);
  });
});
