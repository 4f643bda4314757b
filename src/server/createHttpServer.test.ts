import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBrowserMode, type RunningBrowserMode } from './browserMode';

let running: RunningBrowserMode;
let port: number;
let token: string;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'gloss-http-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Gloss</title>');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  await symlink(join(root, 'secret.txt'), join(rendererDir, 'leak.txt'));
  await symlink(root, join(rendererDir, 'outside'));
  await symlink(join(rendererDir, 'index.html'), join(rendererDir, 'alias.html'));
  running = await startBrowserMode({
    dataDir: join(root, 'data'),
    port: 0,
    rendererDir,
    resourcesDir: join(import.meta.dirname, '..', '..', 'resources'),
    version: 'test',
  });
  const url = new URL(running.url);
  port = Number(url.port);
  token = url.hash.replace('#token=', '');
});

afterAll(() => running.close());

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so tests can forge any Host, Origin or body. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (method: string, params: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(params),
  });

describe('browser-mode server', () => {
  it('answers a valid call with the result', async () => {
    const reply = await call('library:list', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).result.documents[0].source).toBe('Sputnik Belarus');
  });

  it('refuses calls without the token, or with a wrong one, with 401', async () => {
    expect((await call('library:list', {}, { Authorization: '' })).status).toBe(401);
    const wrong = await call('library:list', {}, { Authorization: `Bearer ${'x'.repeat(token.length)}` });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses another Host (DNS rebinding) or another Origin with 403, before the token is looked at', async () => {
    expect((await call('library:list', {}, { Host: `evil.example:${port}` })).status).toBe(403);
    const foreign = await call('library:list', {}, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await send('/', { headers: { Host: 'attacker.test' } })).status).toBe(403);
  });

  it('answers an unknown method with 404 and an invalid payload with 400 and the reason', async () => {
    expect((await call('library:nuke', {})).status).toBe(404);
    const invalid = await call('document:open', { id: 42 });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error.message).toMatch(/Invalid params for document:open/);
    const notJson = await send('/api/library:list', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{nope' });
    expect(notJson.status).toBe(400);
  });

  it('answers a card that exists already with 409 and the existing card', async () => {
    const documentId = JSON.parse((await call('library:list', {})).body).result.documents[0].id;
    const card = { documentId, type: 'qa', prompt: 'Which city hosts the summit?', answer: 'Minsk' };
    const first = JSON.parse((await call('card:create', card)).body).result;
    const again = await call('card:create', card);
    expect(again.status).toBe(409);
    expect(JSON.parse(again.body).error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^This card exists/), details: { documentId, cardId: first.id } });
  });

  it('refuses bodies over the size limit with 413', async () => {
    const reply = await send('/api/library:list', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': String(200 * 1024 * 1024) },
    });
    expect(reply.status).toBe(413);
  });

  it('serves the renderer with the CSP, and nothing outside it', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send('/../secret.txt')).status).toBe(404);
    expect((await send('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await send('/..%5csecret.txt')).status).toBe(404);
  });

  it('does not follow symlinks out of the renderer folder, but serves one that stays inside', async () => {
    expect((await send('/leak.txt')).status).toBe(404);
    expect((await send('/outside/secret.txt')).status).toBe(404);
    const alias = await send('/alias.html');
    expect(alias.status).toBe(200);
    expect(alias.body).toContain('<title>Gloss</title>');
  });

  it('logs a request its client aborted as one line, without a stack', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const socket = connect(port, '127.0.0.1');
      socket.write(
        `POST /api/library:list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n` +
          'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"half":',
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
      await vi.waitFor(() => expect(log).toHaveBeenCalled());
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(log.mock.calls).toEqual([[expect.stringMatching(/^Gloss: the client left before its library:list call arrived; nothing was done\.$/)]]);
    } finally {
      log.mockRestore();
    }
  });
});
