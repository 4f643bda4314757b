import { execFileSync } from 'node:child_process';
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileBytes } from './readFileBytes';

describe('readFileBytes', () => {
  it('reads a text file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gloss-read-'));
    await writeFile(join(dir, 'a.txt'), 'Minsk hosts the summit.');
    expect(Buffer.from(await readFileBytes(join(dir, 'a.txt'))).toString()).toBe('Minsk hosts the summit.');
  });

  it.runIf(process.platform !== 'win32')('refuses /dev/zero at once instead of reading forever', async () => {
    await expect(readFileBytes('/dev/zero')).rejects.toThrow('/dev/zero is not a regular file (it is a device, a pipe or a socket); give Gloss a file.');
  });

  it.runIf(process.platform !== 'win32')('refuses a named pipe without waiting for a writer', async () => {
    const fifo = join(await mkdtemp(join(tmpdir(), 'gloss-fifo-')), 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(readFileBytes(fifo)).rejects.toThrow(/is not a regular file/);
  });

  it('refuses a file over the limit from its size, without reading it, and a folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gloss-big-'));
    const big = join(dir, 'big.txt');
    await writeFile(big, '');
    await truncate(big, 65 * 1024 * 1024); // sparse: no 65 MB written
    await expect(readFileBytes(big)).rejects.toThrow('big.txt is 65 MB; Gloss reads files up to 64 MB.');
    await expect(readFileBytes(dir)).rejects.toThrow(`${dir} is a folder, not a file.`);
  });

  it('reads at most one byte past the limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gloss-limit-'));
    await writeFile(join(dir, 'ten.txt'), '0123456789');
    expect((await readFileBytes(join(dir, 'ten.txt'), 10)).byteLength).toBe(10);
    await expect(readFileBytes(join(dir, 'ten.txt'), 9)).rejects.toThrow(/Gloss reads files up to/);
  });
});
