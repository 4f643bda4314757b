import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliHarness } from '../testing/cliHarness';
import { seedLibrary } from '../testing/seedLibrary';

// Each run opens a core on a snapshot of the library: seconds each on a busy machine.
describe('gloss restore', { timeout: 60_000 }, () => {
  it('restores a backup into a new library, and the library lists the same documents', async () => {
    const cli = await cliHarness();
    await seedLibrary(cli.dataDir);
    expect((await cli.run('export', '--format', 'backup', '-o', 'library.glossbackup')).code).toBe(0);
    const restored = await cli.run('--data-dir', 'fresh', 'restore', 'library.glossbackup');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Restored 1 document from library\.glossbackup \(made \d{4}-\d\d-\d\dT.+\)\.\n$/);
    expect((await cli.run('--data-dir', 'fresh', 'list', '--json')).stdout).toBe((await cli.run('list', '--json')).stdout);
  });

  it('replaces a library holding your work only with --force', async () => {
    const cli = await cliHarness();
    await seedLibrary(cli.dataDir);
    await cli.run('export', '--format', 'backup', '-o', 'library.glossbackup');
    await writeFile(join(cli.dir, 'other.txt'), 'Minsk hosts the summit in November.\n');
    await cli.run('import', 'other.txt');
    const refused = await cli.run('restore', 'library.glossbackup');
    expect(refused).toEqual({ code: 1, stdout: '', stderr: `gloss restore: The library in ${cli.dataDir} holds your work, and restoring library.glossbackup replaces all of it; use --force to replace it (the library as it is now is kept as a snapshot).\n` });
    expect((await cli.run('list')).stdout).toMatch(/\tother/);
    expect((await cli.run('restore', 'library.glossbackup', '--force')).code).toBe(0);
    expect((await cli.run('list')).stdout).not.toMatch(/\tother/);
  });

  it('refuses what is not a backup, a missing file and a device, with status 1', async () => {
    const cli = await cliHarness();
    await writeFile(join(cli.dir, 'notes.txt'), 'not a backup');
    expect((await cli.run('restore', 'notes.txt')).code).toBe(1);
    expect((await cli.run('restore', 'missing.glossbackup')).stderr).toBe(`gloss restore: There is no file ${join(cli.dir, 'missing.glossbackup')}.\n`);
    if (process.platform !== 'win32') expect((await cli.run('restore', '/dev/zero')).stderr).toMatch(/\/dev\/zero is not a regular file/);
  });
});
