import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../openCore';
import { DataDirUnusableError } from './prepareDataDir';

const resourcesDir = join(import.meta.dirname, '..', '..', '..', 'resources');

describe('a data directory Gloss cannot use', () => {
  it('is refused with a sentence when it is a file, or lies under one', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gloss-datadir-'));
    const file = join(root, 'notes.txt');
    await writeFile(file, 'my notes');
    await expect(openCore({ dataDir: file, resourcesDir, version: 't' })).rejects.toThrow(DataDirUnusableError);
    await expect(openCore({ dataDir: file, resourcesDir, version: 't' })).rejects.toThrow(/is a file, not a folder/);
    await expect(openCore({ dataDir: join(file, 'data'), resourcesDir, version: 't' })).rejects.toThrow(/part of that path is a file/);
  });

  it('is refused with a sentence when it is a symbolic link that loops', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gloss-datadir-'));
    const loop = join(root, 'loop');
    await symlink(loop, loop);
    await expect(openCore({ dataDir: join(loop, 'data'), resourcesDir, version: 't' })).rejects.toThrow(/leads back to itself/);
  });
});
