import { connect } from 'node:net';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../shared/contract';
import { openCore } from '../core/openCore';
import { startBrowserMode } from './browserMode';
import { launchBrowserMode } from './testing/launchBrowserMode';
import { postApiCall } from './testing/postApiCall';

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources');


/** The ids of the highlights stored for the first document of a data directory. */
async function storedHighlightIds(dataDir: string): Promise<string[]> {
  const core = await openCore({ dataDir, resourcesDir, version: 'test' });
  try {
    const { documents } = (await core.call('library:list', {}));
    const opened = (await core.call('document:open', { id: documents[0]!.id }));
    return opened.annotations.map((annotation) => annotation.id);
  } finally {
    await core.close();
  }
}

async function firstDocumentId(base: URL): Promise<string> {
  return (JSON.parse((await postApiCall(base, 'library:list', {})).body) as { result: { documents: DocumentSummary[] } }).result.documents[0]!.id;
}

describe('shutting browser mode down', () => {
  it('answers a request that arrives while closing with 503 "Gloss is closing", and finishes the call under way', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gloss-shutdown-'));
    await mkdir(join(root, 'renderer'));
    const dataDir = join(root, 'data');
    const running = await startBrowserMode({ dataDir, port: 0, rendererDir: join(root, 'renderer'), resourcesDir, version: 'test' });
    const base = new URL(running.url);
    const documentId = await firstDocumentId(base);

    // A call under way: its headers and half its body have arrived when Gloss is asked to quit.
    const body = JSON.stringify({ documentId, textVersion: 1, start: 3, end: 12, color: 'c1', id: 'ann-under-way' });
    const socket = connect(Number(base.port), '127.0.0.1');
    let raw = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (raw += chunk));
    const answered = new Promise<void>((resolve) => socket.on('end', resolve));
    socket.write(
      `POST /api/annotation:create HTTP/1.1\r\nHost: ${base.host}\r\nAuthorization: Bearer ${base.hash.replace('#token=', '')}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, 20)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));

    const closed = running.close();
    const late = await postApiCall(base, 'annotation:create', { documentId, textVersion: 1, start: 20, end: 30, color: 'c1', id: 'ann-too-late' });
    expect(late.status).toBe(503);
    expect(JSON.parse(late.body).error).toMatchObject({ code: 'closing', message: expect.stringMatching(/^Gloss is closing/) });

    socket.write(body.slice(20));
    await answered;
    expect(raw).toMatch(/^HTTP\/1\.1 200 /);
    await closed;
    expect(await storedHighlightIds(dataDir)).toEqual(['ann-under-way']);
  });

  it('SIGTERM a few ms after 50 parallel creates: each is answered 200 and on disk, or 503 "Gloss is closing"; none 500', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-sigterm-')), 'data');
    const gloss = await launchBrowserMode(dataDir);
    const exited = new Promise<number | null>((resolve) => gloss.child.once('exit', resolve));
    const base = new URL(gloss.url);
    const documentId = await firstDocumentId(base);

    const ids = Array.from({ length: 50 }, (_, i) => `ann-parallel-${i}`);
    const replies = ids.map((id, i) => postApiCall(base, 'annotation:create', { documentId, textVersion: 1, start: i * 10, end: i * 10 + 5, color: 'c2', id }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    gloss.child.kill('SIGTERM');
    const answers = await Promise.all(replies);
    expect(await exited, gloss.output()).toBe(0);

    const stored = new Set(await storedHighlightIds(dataDir));
    expect(answers.filter((answer) => ![200, 503, 0].includes(answer.status)), gloss.output()).toEqual([]);
    answers.forEach((answer, i) => {
      if (answer.status === 200) expect(stored.has(ids[i]!), ids[i]).toBe(true);
      if (answer.status === 503) {
        expect(JSON.parse(answer.body).error.message).toMatch(/^Gloss is closing/);
        expect(stored.has(ids[i]!), ids[i]).toBe(false);
      }
      // No reply at all: the connection reached Gloss only after it had stopped listening.
      if (answer.status === 0) expect(answer.body).toMatch(/^(ECONNREFUSED|ECONNRESET)$/);
    });
    expect(gloss.output()).not.toMatch(/failed|Error/);
  }, 30_000);
});
