import type * as FsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeOutputFile } from './writeOutputFile';

/** While set, writing a temp file stores half the bytes and then fails with this errno code, as a disk filling up does. */
const disk = vi.hoisted(() => ({ failMidWrite: null as string | null }));

vi.mock('node:fs/promises', async (importActual) => {
  const actual = await importActual<typeof FsPromises>();
  const open: typeof actual.open = async (path, flags, mode) => {
    const handle = await actual.open(path, flags, mode);
    if (!disk.failMidWrite || !String(path).endsWith('.tmp')) return handle;
    const code = disk.failMidWrite;
    return Object.assign(Object.create(handle) as typeof handle, {
      writeFile: async (data: string | Uint8Array) => {
        await handle.writeFile(data.slice(0, Math.floor(data.length / 2)));
        throw Object.assign(new Error(`${code}: simulated`), { code });
      },
      close: () => handle.close(),
    });
  };
  return { ...actual, open };
});

let dir: string;
beforeEach(async () => {
  disk.failMidWrite = null;
  dir = await mkdtemp(join(tmpdir(), 'gloss-out-'));
});

describe('writeOutputFile', () => {
  it('writes the file and leaves nothing else in the folder', async () => {
    await writeOutputFile(join(dir, 'notes.md'), '# Notes\n', { force: false });
    expect(await readFile(join(dir, 'notes.md'), 'utf8')).toBe('# Notes\n');
    expect(await readdir(dir)).toEqual(['notes.md']);
  });

  it('never replaces an existing file without force, and replaces it whole with force', async () => {
    const path = join(dir, 'notes.md');
    await writeFile(path, 'mine');
    await expect(writeOutputFile(path, 'new', { force: false })).rejects.toThrow(`${path} exists; use --force to replace it.`);
    expect(await readFile(path, 'utf8')).toBe('mine');
    await writeOutputFile(path, new Uint8Array([1, 2, 3]), { force: true });
    expect([...(await readFile(path))]).toEqual([1, 2, 3]);
    expect(await readdir(dir)).toEqual(['notes.md']);
  });

  it('says so when the folder does not exist or is a file', async () => {
    await expect(writeOutputFile(join(dir, 'missing', 'notes.md'), 'x', { force: false })).rejects.toThrow(`The folder ${join(dir, 'missing')} does not exist.`);
    await writeFile(join(dir, 'file'), '');
    await expect(writeOutputFile(join(dir, 'file', 'notes.md'), 'x', { force: false })).rejects.toThrow(`${join(dir, 'file')} is not a folder.`);
  });

  it('leaves no partial file when the disk fills up mid-write, nor over the file it was to replace', async () => {
    disk.failMidWrite = 'ENOSPC';
    await expect(writeOutputFile(join(dir, 'backup.glossbackup'), new Uint8Array(4096), { force: false })).rejects.toThrow(`The disk is full: ${join(dir, 'backup.glossbackup')} was not written.`);
    expect(await readdir(dir)).toEqual([]);
    await writeFile(join(dir, 'old.md'), 'kept');
    await expect(writeOutputFile(join(dir, 'old.md'), 'x'.repeat(100), { force: true })).rejects.toThrow(/disk is full/);
    expect(await readdir(dir)).toEqual(['old.md']);
    expect(await readFile(join(dir, 'old.md'), 'utf8')).toBe('kept');
  });

  it('explains a read-only disk and a folder given as the file', async () => {
    disk.failMidWrite = 'EROFS';
    await expect(writeOutputFile(join(dir, 'a.md'), 'x', { force: false })).rejects.toThrow(`${dir} is on a read-only disk: ${join(dir, 'a.md')} was not written.`);
    disk.failMidWrite = null;
    await expect(writeOutputFile(dir, 'x', { force: true })).rejects.toThrow(`${dir} is a folder: give a file name.`);
  });
});
