import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlossError } from '../../shared/contract';
import { DurableDb } from './durableDb';
import { DurableJsonFile, type WriteFile } from './durableJsonFile';
import { writeFileAtomic } from './writeFileAtomic';

interface Data {
  items: string[];
  settings: { theme: string };
}

/** A disk that fails with `code` while `full.on` is set, and works otherwise. */
function flakyDisk(code: string): { writeFile: WriteFile; full: { on: boolean } } {
  const full = { on: false };
  return {
    full,
    writeFile: async (path, data, options) => {
      if (full.on) throw Object.assign(new Error(`${code}: no, write '${path}'`), { code });
      await writeFileAtomic(path, data, options);
    },
  };
}

async function openDb(writeFile?: WriteFile): Promise<{ db: DurableDb<Data>; path: string }> {
  const path = join(await mkdtemp(join(tmpdir(), 'gloss-db-')), 'data.json');
  const adapter = new DurableJsonFile<Data>(path, writeFile ? { writeFile } : {});
  const data: Data = { items: ['a'], settings: { theme: 'light' } };
  await adapter.write(data);
  return { db: new DurableDb(adapter, data), path };
}

const onDisk = async (path: string): Promise<Data> => JSON.parse(await readFile(path, 'utf8')) as Data;

describe('DurableDb', () => {
  it('leaves memory exactly as it was when a write fails, and names the cause', async () => {
    const disk = flakyDisk('ENOSPC');
    const { db, path } = await openDb(disk.writeFile);
    disk.full.on = true;
    await expect(
      db.update((data) => {
        data.items.push('b');
        data.settings.theme = 'dark';
      }),
    ).rejects.toMatchObject({ code: 'storage', message: 'The disk is full — nothing was saved. Free some space and try again.' });
    expect(db.data).toEqual({ items: ['a'], settings: { theme: 'light' } });
    expect(await onDisk(path)).toEqual({ items: ['a'], settings: { theme: 'light' } });
  });

  it('never lets a failed change reach disk with a later, unrelated write', async () => {
    const disk = flakyDisk('EMFILE');
    const { db, path } = await openDb(disk.writeFile);
    disk.full.on = true;
    await expect(db.update((data) => void data.items.push('lost'))).rejects.toThrow(/Too many files are open/);
    disk.full.on = false;
    await db.update((data) => void (data.settings.theme = 'dark'));
    expect(await onDisk(path)).toEqual({ items: ['a'], settings: { theme: 'dark' } });
  });

  it('puts memory back when the change itself throws halfway', async () => {
    const { db } = await openDb();
    await expect(
      db.transact((data) => {
        data.items.push('half');
        throw new GlossError('conflict', 'refused');
      }),
    ).rejects.toThrow('refused');
    expect(db.data.items).toEqual(['a']);
  });

  it('returns what the change returned once it is on disk', async () => {
    const { db, path } = await openDb();
    expect(await db.transact((data) => data.items.push('b'))).toBe(2);
    expect((await onDisk(path)).items).toEqual(['a', 'b']);
  });

  it('runs exclusive work alone: a check and its write cannot be split by another change', async () => {
    const { db } = await openDb();
    const addIfAbsent = (item: string) =>
      db.exclusive(async (commit) => {
        const present = db.data.items.includes(item);
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (present) throw new GlossError('conflict', `${item} exists already`);
        await commit((data) => void data.items.push(item));
      });
    const results = await Promise.allSettled([addIfAbsent('b'), addIfAbsent('b')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(db.data.items).toEqual(['a', 'b']);
  });

  it('refuses changes after close, with the reason', async () => {
    const { db } = await openDb();
    await db.close('restored meanwhile');
    await expect(db.update((data) => void data.items.push('late'))).rejects.toThrow('restored meanwhile');
    expect(db.data.items).toEqual(['a']);
  });
});
