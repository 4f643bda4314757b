import { execFileSync } from 'node:child_process';
import type * as Fs from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCore, type Core } from './openCore';

/**
 * A disk where one rename waits for another process to run first: this
 * process paused (SIGSTOP, a debugger) after its last check of the lock and
 * before the rename that publishes its write, the one gap no check can close.
 */
const pause = vi.hoisted(() => ({ target: '', before: null as (() => void) | null }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof Fs>();
  const renameSync: typeof actual.renameSync = (from, to) => {
    const before = String(to) === pause.target ? pause.before : null;
    if (before) pause.before = null;
    before?.();
    actual.renameSync(from, to);
  };
  return { ...actual, default: { ...actual, renameSync }, renameSync };
});

const root = join(import.meta.dirname, '..', '..');
const resourcesDir = join(root, 'resources');
let core: Core | undefined;
afterEach(async () => {
  pause.before = null;
  await core?.close().catch(() => undefined);
  core = undefined;
});

describe('a Gloss paused between its last check of the lock and the rename, while another took its library', () => {
  it('publishes nothing over the newcomer\'s save when it resumes, and does not acknowledge the write', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-rename-gap-')), 'data');
    core = await openCore({ dataDir, resourcesDir, version: 't' });
    const { documents } = await core.call('library:list', {});
    const documentId = documents[0]!.id;
    const documentPath = join(dataDir, 'documents', `${documentId}.json`);

    pause.target = documentPath;
    pause.before = () => {
      // The whole takeover happens inside the gap: a second Gloss opens the library and saves a highlight.
      execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'testing', 'takeOverLibrary.ts'), dataDir, resourcesDir, documentId], { cwd: root, stdio: 'pipe' });
    };
    const late = core.call('annotation:create', { documentId, textVersion: 1, start: 3, end: 12, color: 'c1', id: 'ann-late' });

    await expect(late).rejects.toMatchObject({ code: 'closing', message: expect.stringMatching(/no longer holds the lock on its library, so it wrote nothing/) });
    const saved = await readFile(documentPath, 'utf8');
    expect(saved).toContain('ann-newcomer');
    expect(saved).not.toContain('ann-late');
  }, 30_000);
});
