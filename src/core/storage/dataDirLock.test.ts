import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './dataDirLock';

describe('lockDataDir', () => {
  it('refuses a second writer with a message naming the directory, until the first releases', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'gloss-lock-')), 'data');
    const release = await lockDataDir(dir);
    const second = lockDataDir(dir);
    await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(lockDataDir(dir)).rejects.toThrow(`Another Gloss is already using the data directory ${dir}.`);
    await release();
    const again = await lockDataDir(dir);
    await again();
  });
});
