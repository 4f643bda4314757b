import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../shared/contract';
import { LOCK_LOST_MESSAGE } from '../core/callGate';
import { openCore } from '../core/openCore';
import { interrupt, launchBrowserMode, type BrowserModeProcess } from './testing/launchBrowserMode';
import { postApiCall } from './testing/postApiCall';

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources');
const started: BrowserModeProcess[] = [];

afterEach(() => {
  for (const gloss of started.splice(0)) {
    gloss.child.kill('SIGCONT');
    gloss.child.kill('SIGKILL');
  }
});

async function launch(dataDir: string): Promise<BrowserModeProcess & { exited: Promise<number | null> }> {
  const gloss = await launchBrowserMode(dataDir);
  started.push(gloss);
  const exited = new Promise<number | null>((resolve) => {
    if (gloss.child.exitCode !== null) resolve(gloss.child.exitCode);
    else gloss.child.once('exit', resolve);
  });
  return { ...gloss, exited };
}


function highlight(documentId: string, id: string, at: number) {
  return { documentId, textVersion: 1, start: at, end: at + 6, color: 'c1', id };
}

async function storedHighlightIds(dataDir: string): Promise<string[]> {
  const core = await openCore({ dataDir, resourcesDir, version: 'test' });
  try {
    const { documents } = (await core.call('library:list', {}));
    const opened = (await core.call('document:open', { id: documents[0]!.id }));
    return opened.annotations.map((annotation) => annotation.id).sort();
  } finally {
    await core.close();
  }
}

describe('two Glosses on one data directory', () => {
  it('one paused past the stale time (kill -STOP) and resumed after another took over refuses writes, says why and exits non-zero; nothing is lost', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-takeover-')), 'data');
    const first = await launch(dataDir);
    const documentId = (JSON.parse((await postApiCall(first.url, 'library:list', {})).body) as { result: { documents: DocumentSummary[] } }).result.documents[0]!.id;
    expect((await postApiCall(first.url, 'annotation:create', highlight(documentId, 'ann-first-before', 0))).status).toBe(200);

    first.child.kill('SIGSTOP');
    // The lock goes stale 10 s after its last refresh; only then may a second Gloss start.
    const refreshed = (await stat(join(dataDir, 'gloss.lock'))).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, refreshed + 10_500 - Date.now())));
    const second = await launch(dataDir);
    expect((await postApiCall(second.url, 'annotation:create', highlight(documentId, 'ann-second', 20))).status).toBe(200);

    // A write reaches the first while it is still stopped, and is read when it resumes.
    const lateWrite = postApiCall(first.url, 'annotation:create', highlight(documentId, 'ann-first-after', 40));
    await new Promise((resolve) => setTimeout(resolve, 100));
    first.child.kill('SIGCONT');
    const late = await lateWrite;
    expect(late.status, first.output()).not.toBe(200);
    if (late.status !== 0) expect(JSON.parse(late.body).error).toMatchObject({ code: 'closing', message: LOCK_LOST_MESSAGE });
    expect(await first.exited).toBe(1);
    expect(first.output()).toContain(LOCK_LOST_MESSAGE);

    // The second goes on writing, unharmed by the first's exit.
    expect((await postApiCall(second.url, 'annotation:create', highlight(documentId, 'ann-second-later', 60))).status).toBe(200);
    expect(await interrupt(second.child)).toBe(0);
    expect(await storedHighlightIds(dataDir)).toEqual(['ann-first-before', 'ann-second', 'ann-second-later']);
  }, 60_000);

  it('a restart right after kill -9 takes the dead one\'s lock at once', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-killed-')), 'data');
    const first = await launch(dataDir);
    first.child.kill('SIGKILL');
    await first.exited;
    const second = await launch(dataDir);
    expect((await postApiCall(second.url, 'library:list', {})).status).toBe(200);
    expect(await interrupt(second.child)).toBe(0);
  }, 30_000);
});
