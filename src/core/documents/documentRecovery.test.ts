import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { openCore, type Core } from '../openCore';

const resourcesDir = join(import.meta.dirname, '..', '..', '..', 'resources');
const running: Core[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((core) => core.close()));
});

async function start(dataDir: string): Promise<Core> {
  const core = await openCore({ dataDir, resourcesDir, version: 't' });
  running.push(core);
  return core;
}

async function stop(core: Core): Promise<void> {
  running.splice(running.indexOf(core), 1);
  await core.close();
}

/** A library whose interview has two highlights, each written in its own write; closed. */
async function libraryWithTwoHighlights(): Promise<{ dataDir: string; id: string; docPath: string }> {
  const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-recovery-')), 'data');
  const core = await start(dataDir);
  const id = (await core.call('library:list', {})).documents[0]!.id;
  await core.call('annotation:create', { documentId: id, textVersion: 1, start: 3, end: 12, color: 'c1', note: 'first' });
  await core.call('annotation:create', { documentId: id, textVersion: 1, start: 20, end: 30, color: 'c2', note: 'second' });
  await stop(core);
  return { dataDir, id, docPath: join(dataDir, 'documents', `${id}.json`) };
}

const notes = async (core: Core, id: string) => (await core.call('document:open', { id })).annotations.map((a) => a.note);
const notices = async (core: Core) => (await core.call('app:status', {})).notices;

describe('a damaged document file', () => {
  it.each([
    ['truncated', (raw: string) => raw.slice(0, raw.length / 2)],
    ['valid JSON with "title": 42', (raw: string) => JSON.stringify({ ...JSON.parse(raw), title: 42 })],
  ])('(%s) costs at most its last write: the previous generation is restored and the user told from when', async (_kind, damage) => {
    const { dataDir, id, docPath } = await libraryWithTwoHighlights();
    // Without the snapshot taken at close (which would lose nothing, see below), the previous generation is the newest copy.
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    await writeFile(docPath, damage(await readFile(docPath, 'utf8')));
    const core = await start(dataDir);
    expect(await notes(core, id)).toEqual(['first']);
    const [notice] = await notices(core);
    expect(notice?.message).toMatch(new RegExp(`^${id}\\.json could not be read .*It was kept as ${id}\\.json\\.damaged-.*Gloss restored its previous version, saved \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC`));
    expect((await readdir(join(dataDir, 'documents'))).some((name) => name.startsWith(`${id}.json.damaged-`))).toBe(true);
  });

  it('damaged while Gloss was closed, costs nothing: the snapshot taken at close is newer than the previous generation, and is restored', async () => {
    const { dataDir, id, docPath } = await libraryWithTwoHighlights();
    await writeFile(docPath, '{"schemaVersion":3,');
    const core = await start(dataDir);
    expect(await notes(core, id)).toEqual(['first', 'second']);
    expect((await notices(core))[0]?.message).toMatch(/Gloss restored its copy in a whole-library snapshot, saved /);
  });

  it('keeps its notice across a restart until the user dismisses it', async () => {
    const { dataDir, id, docPath } = await libraryWithTwoHighlights();
    await writeFile(docPath, '{"schemaVersion":3,');
    const first = await start(dataDir);
    await notes(first, id);
    const [notice] = await notices(first);
    await stop(first);
    const second = await start(dataDir);
    expect(await notices(second)).toEqual([notice]);
    await second.call('app:dismissNotice', { id: notice!.id });
    await stop(second);
    expect(await notices(await start(dataDir))).toEqual([]);
  });

  it('is restored from the newest whole-library snapshot when its previous generation is damaged too', async () => {
    const { dataDir, id, docPath } = await libraryWithTwoHighlights();
    await writeFile(docPath, '');
    await writeFile(`${docPath}.prev`, 'not json');
    const core = await start(dataDir);
    // The snapshot taken when Gloss closed has both highlights.
    expect(await notes(core, id)).toEqual(['first', 'second']);
    expect((await notices(core))[0]?.message).toMatch(/Gloss restored its copy in a whole-library snapshot, saved /);
  });

  it('with no copy and its text missing too, shows as broken with the reason instead of a silent 404, and tells the user', async () => {
    const { dataDir, id, docPath } = await libraryWithTwoHighlights();
    await writeFile(docPath, '{"schemaVersion":3,');
    await rm(`${docPath}.prev`);
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    await rm(join(dataDir, 'texts', id), { recursive: true });
    const core = await start(dataDir);
    const problem = /could not be read .* No earlier copy of it was found, and it could not be rebuilt: its text \(version 1\) is missing too\./;
    await expect(core.call('document:open', { id })).rejects.toMatchObject({ code: 'not_found', message: expect.stringMatching(problem) });
    const [entry] = (await core.call('library:list', {})).documents;
    expect(entry?.problem).toMatch(problem);
    expect((await notices(core)).map((n) => n.message)).toEqual([expect.stringMatching(/^"Interview with CSTO .*" cannot be opened: .*could not be rebuilt/)]);
  });

  it('missing with its text still there is rebuilt from the library index, and the user is told', async () => {
    const { dataDir, id, docPath } = await libraryWithTwoHighlights();
    await rm(docPath);
    await rm(`${docPath}.prev`);
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    const core = await start(dataDir);
    expect((await core.call('document:open', { id })).text).toMatch(/^In his exclusive interview/);
    expect((await notices(core))[0]?.message).toMatch(/is missing\. No earlier copy of it was found, so the document ".*" was rebuilt from the library index/);
  });
});
