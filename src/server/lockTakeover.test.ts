import { request } from 'node:http';
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentSummary, OpenedDocument } from '../shared/contract';
import { LOCK_LOST_MESSAGE } from '../core/callGate';
import { openCore } from '../core/openCore';
import { interrupt, launchBrowserMode, type BrowserModeProcess } from './testing/launchBrowserMode';

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

/** A call to one Gloss; no HTTP reply at all (it had gone) resolves as status 0. */
function post(gloss: BrowserModeProcess, method: string, params: unknown): Promise<{ status: number; body: string }> {
  const base = new URL(gloss.url);
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: Number(base.port),
        path: `/api/${method}`,
        method: 'POST',
        agent: false,
        headers: { Host: base.host, Authorization: `Bearer ${base.hash.replace('#token=', '')}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, body: error.code ?? error.message }));
    req.end(JSON.stringify(params));
  });
}

function highlight(documentId: string, id: string, at: number) {
  return { documentId, textVersion: 1, start: at, end: at + 6, color: 'c1', id };
}

async function storedHighlightIds(dataDir: string): Promise<string[]> {
  const core = await openCore({ dataDir, resourcesDir, version: 'test' });
  try {
    const { documents } = (await core.call('library:list', {})) as { documents: DocumentSummary[] };
    const opened = (await core.call('document:open', { id: documents[0]!.id })) as OpenedDocument;
    return opened.annotations.map((annotation) => annotation.id).sort();
  } finally {
    await core.close();
  }
}

describe('two Glosses on one data directory', () => {
  it('one paused past the stale time (kill -STOP) and resumed after another took over refuses writes, says why and exits non-zero; nothing is lost', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-takeover-')), 'data');
    const first = await launch(dataDir);
    const documentId = (JSON.parse((await post(first, 'library:list', {})).body) as { result: { documents: DocumentSummary[] } }).result.documents[0]!.id;
    expect((await post(first, 'annotation:create', highlight(documentId, 'ann-first-before', 0))).status).toBe(200);

    first.child.kill('SIGSTOP');
    // The lock goes stale 10 s after its last refresh; only then may a second Gloss start.
    const refreshed = (await stat(join(dataDir, 'gloss.lock'))).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, refreshed + 10_500 - Date.now())));
    const second = await launch(dataDir);
    expect((await post(second, 'annotation:create', highlight(documentId, 'ann-second', 20))).status).toBe(200);

    // A write reaches the first while it is still stopped, and is read when it resumes.
    const lateWrite = post(first, 'annotation:create', highlight(documentId, 'ann-first-after', 40));
    await new Promise((resolve) => setTimeout(resolve, 100));
    first.child.kill('SIGCONT');
    const late = await lateWrite;
    expect(late.status, first.output()).not.toBe(200);
    if (late.status !== 0) expect(JSON.parse(late.body).error).toMatchObject({ code: 'closing', message: LOCK_LOST_MESSAGE });
    expect(await first.exited).toBe(1);
    expect(first.output()).toContain(LOCK_LOST_MESSAGE);

    // The second goes on writing, unharmed by the first's exit.
    expect((await post(second, 'annotation:create', highlight(documentId, 'ann-second-later', 60))).status).toBe(200);
    expect(await interrupt(second.child)).toBe(0);
    expect(await storedHighlightIds(dataDir)).toEqual(['ann-first-before', 'ann-second', 'ann-second-later']);
  }, 60_000);

  it('a restart right after kill -9 takes the dead one\'s lock at once', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-killed-')), 'data');
    const first = await launch(dataDir);
    first.child.kill('SIGKILL');
    await first.exited;
    const second = await launch(dataDir);
    expect((await post(second, 'library:list', {})).status).toBe(200);
    expect(await interrupt(second.child)).toBe(0);
  }, 30_000);
});
