import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core/openCore';
import { openTestCore } from '../core/testing/freshCore';
import { dataDirFingerprint } from '../core/testing/dataDirFingerprint';
import { seedLibrary } from './testing/seedLibrary';

const repoRoot = join(import.meta.dirname, '..', '..');
const bin = join(repoRoot, 'bin', 'gloss.mjs');

/** Runs `node bin/gloss.mjs ARGS` in `cwd` (not the repository) with GLOSS_DATA_DIR set. */
function gloss(cwd: string, dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, env: { ...process.env, GLOSS_DATA_DIR: dataDir }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr });
    });
  });
}

let app: Core | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

// Real processes through tsx: each start takes seconds on a busy machine, so few of them and generous timeouts.
describe('the gloss command, as a process', { timeout: 180_000 }, () => {
  it('prints its version and help from another folder', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'gloss-e2e-'));
    const { version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(await gloss(cwd, join(cwd, 'data'), '--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const unknown = await gloss(cwd, join(cwd, 'data'), 'frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^gloss: Unknown command 'frobnicate'\.\n\nUsage: gloss /);
  });

  it('lists and exports Markdown to stdout; a backup made with -o restores into a new library listing the same', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'gloss-e2e-'));
    const dataDir = join(cwd, 'data');
    const documentId = await seedLibrary(dataDir);
    const listed = await gloss(cwd, dataDir, 'list', '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ id: documentId })]);
    const markdown = await gloss(cwd, dataDir, 'export', '--format', 'md');
    expect(markdown).toMatchObject({ code: 0, stdout: expect.stringContaining('Why? Because') });
    expect((await gloss(cwd, dataDir, 'export', '--format', 'backup', '-o', 'library.glossbackup')).code).toBe(0);
    expect((await gloss(cwd, join(cwd, 'fresh'), 'restore', 'library.glossbackup')).code).toBe(0);
    expect((await gloss(cwd, join(cwd, 'fresh'), 'list', '--json')).stdout).toBe(listed.stdout);
  });

  it('reads while another process holds the library, touching nothing, and refuses to write with the reason', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'gloss-e2e-'));
    const dataDir = join(cwd, 'data');
    const documentId = await seedLibrary(dataDir);
    app = await openTestCore(dataDir); // this test process is the running Gloss
    const before = await dataDirFingerprint(dataDir);
    const text = await gloss(cwd, dataDir, 'text', documentId);
    expect(text).toMatchObject({ code: 0, stdout: expect.stringMatching(/^In his exclusive interview/) });
    expect(await dataDirFingerprint(dataDir)).toEqual(before);
    const refused = await gloss(cwd, dataDir, 'import', join(repoRoot, 'resources', 'interview.txt'));
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(new RegExp(`^gloss import: Another Gloss \\(process ${process.pid}, since .+\\) is already using the data directory ${dataDir}, .+\\n$`));
    expect(await dataDirFingerprint(dataDir)).toEqual(before);
  });
});
