import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './writeFileAtomic';
import { FileExistsError, writeFileExclusive } from './writeFileExclusive';

const freshDir = () => mkdtemp(join(tmpdir(), 'gloss-write-'));

describe('writeFileAtomic', () => {
  it('keeps the replaced file as <name>.prev, linked rather than copied', async () => {
    const dir = await freshDir();
    const path = join(dir, 'x.json');
    await writeFileAtomic(path, 'one', { keepPrevious: true });
    expect(await readdir(dir)).toEqual(['x.json']);
    const first = await stat(path);
    await writeFileAtomic(path, 'two', { keepPrevious: true });
    expect(await readFile(path, 'utf8')).toBe('two');
    expect(await readFile(`${path}.prev`, 'utf8')).toBe('one');
    expect((await stat(`${path}.prev`)).ino).toBe(first.ino);
    await writeFileAtomic(path, 'three', { keepPrevious: true });
    expect(await readFile(`${path}.prev`, 'utf8')).toBe('two');
    expect((await readdir(dir)).sort()).toEqual(['x.json', 'x.json.prev']);
  });

  it('keeps no previous generation unless asked', async () => {
    const dir = await freshDir();
    await writeFileAtomic(join(dir, 'x.json'), 'one');
    await writeFileAtomic(join(dir, 'x.json'), 'two');
    expect(await readdir(dir)).toEqual(['x.json']);
  });
});

describe('writeFileExclusive', () => {
  it('creates a file whole and refuses to overwrite an existing one, leaving it as it was', async () => {
    const dir = await freshDir();
    const path = join(dir, 'v2.txt');
    await writeFileExclusive(path, 'the winner');
    await expect(writeFileExclusive(path, 'the loser')).rejects.toBeInstanceOf(FileExistsError);
    expect(await readFile(path, 'utf8')).toBe('the winner');
    expect(await readdir(dir)).toEqual(['v2.txt']);
  });

  it('refuses a name taken by a file it did not write', async () => {
    const dir = await freshDir();
    await writeFile(join(dir, 'v1.txt'), 'already here');
    await expect(writeFileExclusive(join(dir, 'v1.txt'), 'new')).rejects.toThrow(/exists already and is never overwritten/);
    expect(await readFile(join(dir, 'v1.txt'), 'utf8')).toBe('already here');
  });
});
