import type * as FsPromises from 'node:fs/promises';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSummary } from '../shared/contract';
import { openCore, type Core } from './openCore';

/** A disk that holds a write's temp file open until released: a process paused in the middle of a write. */
const pause = vi.hoisted(() => ({ hold: null as Promise<void> | null, reached: () => undefined as void, affects: (_path: string): boolean => false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const open: typeof actual.open = async (path, flags, mode) => {
    if (pause.hold && typeof flags === 'string' && flags.includes('w') && pause.affects(String(path))) {
      pause.reached();
      await pause.hold;
    }
    return actual.open(path, flags, mode);
  };
  return { ...actual, open };
});

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources');
let core: Core | undefined;
afterEach(async () => {
  pause.hold = null;
  await core?.close();
  core = undefined;
});

describe('a Gloss paused in the middle of a write while another took its data directory', () => {
  it('writes nothing over the newcomer\'s file when it resumes, and does not acknowledge the write', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-paused-')), 'data');
    core = await openCore({ dataDir, resourcesDir, version: 't' });
    const documentId = ((await core.call('library:list', {})) as { documents: DocumentSummary[] }).documents[0]!.id;
    const documentPath = join(dataDir, 'documents', `${documentId}.json`);

    let resume!: () => void;
    const reached = new Promise<void>((resolve) => (pause.reached = resolve));
    pause.hold = new Promise((resolve) => (resume = resolve));
    pause.affects = (path) => path.includes(`${sep}documents${sep}`) && path.endsWith('.tmp');
    const created = core.call('annotation:create', { documentId, textVersion: 1, start: 3, end: 12, color: 'c1', id: 'ann-late' });
    await reached;

    // Meanwhile the lock went stale and another Gloss took over: its owner record, then its own save of the document.
    await writeFile(join(dataDir, 'gloss.lock.owner.json'), JSON.stringify({ pid: 999_999, hostname: hostname(), token: 'the-newcomer', since: new Date().toISOString() }));
    const newcomers = JSON.stringify({ ...JSON.parse(await readFile(documentPath, 'utf8')), title: 'Saved by the newcomer' });
    await writeFile(documentPath, newcomers);

    resume();
    await expect(created).rejects.toMatchObject({ code: 'closing' });
    expect(await readFile(documentPath, 'utf8')).toBe(newcomers);
  });
});
