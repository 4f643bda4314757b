import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_RESOURCES_DIR } from '../../core/testing/freshCore';
import { cliHarness } from '../testing/cliHarness';

// Each run opens a core on a snapshot of the library: seconds each on a busy machine.
describe('gloss import', { timeout: 60_000 }, () => {
  it('imports each file, skips one imported before unless --add-duplicates, and goes on past a failure with status 1', async () => {
    const cli = await cliHarness();
    await writeFile(join(cli.dir, 'summit.txt'), 'Minsk hosts the summit in November.\n');
    await writeFile(join(cli.dir, 'blob.bin'), new Uint8Array([0x47, 0, 0x1f, 0x8b]));
    const first = await cli.run('import', 'summit.txt');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^doc-[a-z0-9-]+\t6 words\tsummit\n$/);

    const again = await cli.run('import', 'blob.bin', 'summit.txt');
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/blob\.bin is a \.bin file; Gloss imports \.txt/);
    expect(again.stderr).toMatch(/summit\.txt: already in the library as “summit” \(doc-[a-z0-9-]+\); skipped\. Use --add-duplicates/);

    const added = await cli.run('import', 'summit.txt', '--add-duplicates', '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual([expect.objectContaining({ file: join(cli.dir, 'summit.txt'), status: 'added' })]);
    expect((await cli.run('list')).stdout.match(/\tsummit/g)).toHaveLength(2);
  });

  it('needs at least one FILE (status 2)', async () => {
    const cli = await cliHarness();
    const run = await cli.run('import', '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gloss import: Missing FILE\.\n\nUsage: gloss import FILE…/);
  });

  it('imports into the library --data-dir names', async () => {
    const cli = await cliHarness();
    await copyFile(join(TEST_RESOURCES_DIR, 'interview.txt'), join(cli.dir, 'interview.txt'));
    expect((await cli.run('import', '--data-dir', 'elsewhere', 'interview.txt')).code).toBe(0);
    expect((await cli.run('--data-dir', 'elsewhere', 'list')).stdout).toMatch(/\tinterview \(interview\.txt\)\n/);
  });
});
