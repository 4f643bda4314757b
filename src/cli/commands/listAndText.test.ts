import { describe, expect, it } from 'vitest';
import { cliHarness } from '../testing/cliHarness';
import { seedLibrary } from '../testing/seedLibrary';

// Each run opens a core on a snapshot of the library: seconds each on a busy machine.
describe('gloss list and gloss text', { timeout: 60_000 }, () => {
  it('list prints one line per document with id, length, title and source', async () => {
    const cli = await cliHarness();
    const id = await seedLibrary(cli.dataDir);
    const { code, stdout } = await cli.run('list');
    expect(code).toBe(0);
    expect(stdout).toBe(`${id}\t666 words\tInterview with CSTO Secretary-General Imangali Tasmagambetov (Sputnik Belarus)\n`);
  });

  it('list --json prints the summaries as JSON', async () => {
    const cli = await cliHarness();
    const id = await seedLibrary(cli.dataDir);
    const documents = JSON.parse((await cli.run('list', '--json')).stdout);
    expect(documents).toEqual([expect.objectContaining({ id, source: 'Sputnik Belarus', wordCount: 666 })]);
  });

  it('text prints the document text, and a missing id fails with status 1 and the reason', async () => {
    const cli = await cliHarness();
    const id = await seedLibrary(cli.dataDir);
    const { code, stdout } = await cli.run('text', id);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^In his exclusive interview/);
    expect(await cli.run('text', 'doc-nope')).toEqual({ code: 1, stdout: '', stderr: 'gloss text: There is no document with id doc-nope.\n' });
  });
});
