import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeReadSnapshotFolder, removeAbandonedReadSnapshots } from './readSnapshotFolders';

describe('the copies of the library that read commands work on', () => {
  it('are removed when the command that made them is gone, and only then', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gloss-snapshots-'));
    const mine = await makeReadSnapshotFolder(root, 111);
    const killed = await makeReadSnapshotFolder(root, 222);
    await mkdir(join(killed, 'library', 'documents'), { recursive: true });
    await mkdir(join(root, 'gloss-read-unowned'));
    await mkdir(join(root, 'someone-else-333-x'));
    const removed = await removeAbandonedReadSnapshots(root, (pid) => pid === 111);
    expect(removed).toEqual([killed.slice(root.length + 1)]);
    expect((await readdir(root)).sort()).toEqual(['gloss-read-unowned', mine.slice(root.length + 1), 'someone-else-333-x'].sort());
  });

  it('a missing temporary folder is not an error', async () => {
    expect(await removeAbandonedReadSnapshots(join(tmpdir(), 'gloss-no-such-folder-x'), () => false)).toEqual([]);
  });
});
