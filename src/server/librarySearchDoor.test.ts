import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserMode, type RunningBrowserMode } from './browserMode';
import { postApiCall } from './testing/postApiCall';

let running: RunningBrowserMode;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'gloss-search-door-'));
  await mkdir(join(root, 'renderer'));
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>Gloss</title>');
  running = await startBrowserMode({ dataDir: join(root, 'data'), port: 0, rendererDir: join(root, 'renderer'), resourcesDir: join(import.meta.dirname, '..', '..', 'resources'), version: 'test' });
});

afterAll(() => running.close());

const search = async (params: unknown) => {
  const reply = await postApiCall(running.url, 'library:search', params);
  return { status: reply.status, body: JSON.parse(reply.body) as { result?: { groups: { title: string }[] }; error?: { code: string; message: string } } };
};

describe('library:search through the browser-mode door', { timeout: 30_000 }, () => {
  it('refuses a malformed payload with 400 and the reason, before any search runs', async () => {
    const tooLong = await search({ query: 'x'.repeat(10_000) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error?.message).toMatch(/a search is at most 1,000 characters at query/);
    for (const params of [{ query: { $regex: '.*' } }, { query: 'war', limit: 10_000 }, { query: 'war', pattern: '.*' }, []]) {
      expect((await search(params)).status).toBe(400);
    }
  });

  it('answers a well-formed search', async () => {
    let reply = await search({ query: 'Minsk' });
    // The first search may answer while the index is still being built.
    while (reply.status === 200 && 'indexing' in reply.body.result!) reply = await search({ query: 'Minsk' });
    expect(reply.status).toBe(200);
    expect(reply.body.result?.groups.map((group) => group.title)).toEqual(['Interview with CSTO Secretary-General Imangali Tasmagambetov']);
  });
});
