import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMethodName } from '../../shared/contract';
import { cliHarness } from '../testing/cliHarness';
import { seedLibrary } from '../testing/seedLibrary';

// Each run opens a core on a snapshot of the library: seconds each on a busy machine.
describe('gloss export', { timeout: 60_000 }, () => {
  it('writes a text format to stdout without -o, for the library or the documents named', async () => {
    const cli = await cliHarness();
    const id = await seedLibrary(cli.dataDir);
    const markdown = await cli.run('export', '--format', 'md');
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/^---\n/);
    expect(markdown.stdout).toContain('Why? Because');
    const w3c = await cli.run('export', '--format', 'w3c', '--doc', id);
    expect(JSON.parse(w3c.stdout)).toMatchObject({ '@context': expect.anything() });
    expect((await cli.run('export', '--format', 'md', '--doc', 'doc-nope')).code).toBe(1);
  });

  it('groups Markdown as asked', async () => {
    const cli = await cliHarness();
    await seedLibrary(cli.dataDir);
    const byTag = await cli.run('export', '--format', 'md', '--group-by', 'tag');
    expect(byTag.code).toBe(0);
    expect(byTag.stdout).not.toBe((await cli.run('export', '--format', 'md')).stdout);
  });

  it('with -o writes the file whole and says what it holds; an existing file needs --force', async () => {
    const cli = await cliHarness();
    await seedLibrary(cli.dataDir);
    const first = await cli.run('export', '--format', 'md', '-o', 'notes.md');
    expect(first).toMatchObject({ code: 0, stdout: '' });
    expect(first.stderr).toBe(`Wrote ${join(cli.dir, 'notes.md')}: 1 document, 1 highlight, 1 card.\n`);
    expect(await readFile(join(cli.dir, 'notes.md'), 'utf8')).toContain('Why? Because');

    await writeFile(join(cli.dir, 'notes.md'), 'mine');
    expect(await cli.run('export', '--format', 'md', '-o', 'notes.md')).toEqual({ code: 1, stdout: '', stderr: `gloss export: ${join(cli.dir, 'notes.md')} exists; use --force to replace it.\n` });
    expect(await readFile(join(cli.dir, 'notes.md'), 'utf8')).toBe('mine');
    expect((await cli.run('export', '--format', 'md', '--output', 'notes.md', '--force')).code).toBe(0);
    expect(await readFile(join(cli.dir, 'notes.md'), 'utf8')).toContain('Why? Because');
  });

  it('writes a backup only to a file, and a folder that does not exist leaves nothing behind', async () => {
    const cli = await cliHarness();
    await seedLibrary(cli.dataDir);
    const refused = await cli.run('export', '--format', 'backup');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^gloss export: --format backup makes a binary file: give -o FILE\.\n\nUsage: gloss export/);
    expect((await cli.run('export', '--format', 'backup', '-o', join('missing', 'b.glossbackup'))).stderr).toBe(`gloss export: The folder ${join(cli.dir, 'missing')} does not exist.\n`);
    expect(await readdir(cli.dir)).toEqual(['data']);
    expect((await cli.run('export', '--format', 'backup', '-o', 'library.glossbackup')).code).toBe(0);
    expect((await readFile(join(cli.dir, 'library.glossbackup'))).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses with status 2: no format, an unknown one, --group-by or --doc where they do not apply, --force without -o', async () => {
    const cli = await cliHarness();
    const mistakes: [string[], RegExp][] = [
      [[], /needs --format \(md, w3c, anki, apkg, qdpx, backup\)/],
      [['--format', 'pdf'], /Unknown format 'pdf'/],
      [['--format', 'md', '--group-by', 'mood'], /--group-by takes document, tag, colour, speaker, not 'mood'/],
      [['--format', 'w3c', '--group-by', 'tag'], /--group-by applies to --format md only/],
      [['--format', 'backup', '--doc', 'doc-1', '-o', 'b'], /always the whole library; --doc does not apply/],
      [['--format', 'md', '--force'], /--force applies only with -o FILE/],
      [['--format', 'md', 'extra'], /Unexpected argument 'extra'/],
    ];
    for (const [args, message] of mistakes) {
      const run = await cli.run('export', ...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });

  it.runIf(!isMethodName('export:anki'))('refuses anki and apkg with status 1 while this build has no Anki export', async () => {
    const cli = await cliHarness();
    expect(await cli.run('export', '--format', 'anki')).toEqual({ code: 1, stdout: '', stderr: 'gloss export: gloss export --format anki is not available in this build.\n' });
    expect((await cli.run('export', '--format', 'apkg', '-o', 'deck.apkg')).stderr).toBe('gloss export: gloss export --format apkg is not available in this build.\n');
  });

  it.runIf(!isMethodName('export:qdpx'))('refuses qdpx with status 1 while this build has no QDPX export', async () => {
    const cli = await cliHarness();
    expect((await cli.run('export', '--format', 'qdpx', '-o', 'project.qdpx')).stderr).toBe('gloss export: gloss export --format qdpx is not available in this build.\n');
  });
});
