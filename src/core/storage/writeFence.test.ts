import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeSnapshotAndPrune } from '../backups/pruneSnapshots';
import { writeFileAtomic } from './writeFileAtomic';
import { writeFileExclusive } from './writeFileExclusive';
import { TextStore } from '../documents/textStore';
import { fenceWrites, guardWrites, unfenceWrites, unguardWrites } from './writeFence';

describe('the write fence of a Gloss that lost its lock', () => {
  it('lets nothing reach a fenced data directory (replaced files, new texts, snapshots), and lifts with the lock', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'gloss-fence-'));
    const other = await mkdtemp(join(tmpdir(), 'gloss-fence-other-'));
    fenceWrites(dataDir);
    try {
      await expect(writeFileAtomic(join(dataDir, 'library.json'), '{}', { keepPrevious: true })).rejects.toMatchObject({ code: 'closing' });
      await expect(writeFileExclusive(join(dataDir, 'v2.txt'), 'text')).rejects.toMatchObject({ code: 'closing' });
      await expect(takeSnapshotAndPrune(dataDir, new Date(), 'close')).rejects.toMatchObject({ code: 'closing' });
      expect(await readdir(dataDir)).toEqual([]);
      // Another data directory of the same process is not affected.
      await writeFileAtomic(join(other, 'library.json'), '{}');
    } finally {
      unfenceWrites(dataDir);
    }
    await writeFileAtomic(join(dataDir, 'library.json'), '{}');
    expect(await readdir(dataDir)).toEqual(['library.json']);
  });
});

describe('what a fenced Gloss cleans up after its own failed save', () => {
  it('removes and renames nothing: the file under that name is its successor’s now', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'gloss-fence-cleanup-'));
    const texts = new TextStore(dataDir);
    // The successor saved version 8 of the text; the paused Gloss's own save of version 8 then fails.
    await texts.write('doc-1', 8, 'the successor’s text');
    fenceWrites(dataDir);
    try {
      await expect(texts.removeUnused('doc-1', 8)).rejects.toMatchObject({ code: 'closing' });
      await expect(texts.setAsideUnused('doc-1', 8, new Date())).rejects.toMatchObject({ code: 'closing' });
    } finally {
      unfenceWrites(dataDir);
    }
    expect(await texts.read('doc-1', 8)).toBe('the successor’s text');
  });
});

describe('the write guard of a data directory whose lock is held', () => {
  it('asks again right before the rename, so a write paused after its temp file was made replaces nothing once the lock is gone', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'gloss-guard-'));
    await writeFile(join(dataDir, 'library.json'), 'theirs');
    let checks = 0;
    // The lock is still ours when the temp file is created, and gone by the time it would be renamed.
    guardWrites(dataDir, () => ++checks === 1);
    try {
      await expect(writeFileAtomic(join(dataDir, 'library.json'), 'ours')).rejects.toMatchObject({ code: 'closing' });
      expect(checks).toBe(2);
      expect(await readdir(dataDir)).toEqual(['library.json']);
      expect(await readFile(join(dataDir, 'library.json'), 'utf8')).toBe('theirs');
      // Fenced from then on, whatever the check would say.
      await expect(writeFileExclusive(join(dataDir, 'v2.txt'), 'text')).rejects.toMatchObject({ code: 'closing' });
    } finally {
      unguardWrites(dataDir);
      unfenceWrites(dataDir);
    }
  });
});
