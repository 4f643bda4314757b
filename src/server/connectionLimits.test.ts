import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../core/openCore';
import type { ConnectionLimits } from './connectionLimits';
import { createHttpServer, type GlossHttpServer } from './createHttpServer';

const token = 'connection-limits-test-token';
const resourcesDir = join(import.meta.dirname, '..', '..', 'resources');
let core: Core;
let http: GlossHttpServer;
let port: number;
const sockets: Socket[] = [];

async function serve(limits: Partial<ConnectionLimits> = {}): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'gloss-limits-'));
  await mkdir(join(root, 'renderer'));
  core = await openCore({ dataDir: join(root, 'data'), resourcesDir, version: 'test' });
  http = createHttpServer({ core, rendererDir: join(root, 'renderer'), token, limits });
  await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
  port = (http.server.address() as { port: number }).port;
}

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await http.shutdown();
  await core.close();
});

/** Opens `count` connections that never send a byte, as a flood of unauthenticated clients does. */
async function openIdleSockets(count: number): Promise<Socket[]> {
  const opened = await Promise.all(
    Array.from({ length: count }, () => new Promise<Socket>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(socket));
      socket.on('error', () => undefined);
      socket.once('error', reject);
    })),
  );
  sockets.push(...opened);
  return opened;
}

/** An authenticated call on a fresh connection. */
function call(method: string, params: unknown): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST', agent: false, headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(params));
  });
}

const openConnections = () => new Promise<number>((resolve, reject) => http.server.getConnections((error, count) => (error ? reject(error) : resolve(count))));

describe('connection limits', () => {
  it('with 300 idle connections open, keeps at most its limit and still answers an authenticated call', async () => {
    await serve();
    await openIdleSockets(300);
    const reply = await call('settings:update', { theme: 'dark' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).result.theme).toBe('dark');
    expect(await openConnections()).toBeLessThanOrEqual(128);
  });

  it('never evicts a connection that is busy, such as the event stream', async () => {
    await serve({ maxConnections: 8 });
    const events: string[] = [];
    const stream = new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/events', agent: false, headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}` } }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          events.push(chunk);
          if (chunk.includes('event: library:changed')) resolve();
        });
      });
      req.on('error', reject);
      req.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await openIdleSockets(40);
    core.events.emit('library:changed', {});
    await stream;
    expect(events.join('')).toContain('event: library:changed');
    expect(await openConnections()).toBeLessThanOrEqual(8);
  });

  it('closes a connection that sends nothing once the headers timeout has passed', async () => {
    await serve({ headersTimeoutMs: 200 });
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    sockets.push(socket);
    socket.on('error', () => undefined);
    socket.resume(); // it may be told 408 first; unread, that reply would hold back 'close'
    await new Promise((resolve) => socket.once('close', resolve));
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('keeps an authenticated call open past the idle timeout while the core works on it (an import)', async () => {
    await serve({ idleTimeoutMs: 200 });
    // Starting the import worker alone takes longer than 200 ms.
    const data = Buffer.from('A paragraph of notes.\n\nAnother one.').toString('base64');
    const answer = await call('document:import', { taskId: 'slow', fileName: 'notes.txt', data });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, result: { status: 'added' } });
  });
});
