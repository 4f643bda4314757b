import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDocument } from './documents/addDocument';
import { openCore, openDataDir, type Core } from './openCore';

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources');
let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

/** The interview plus a second document with a tagged card; closed, with no snapshots kept. */
async function twoDocuments(): Promise<{ dataDir: string; broken: string; healthy: string }> {
  const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-isolation-')), 'data');
  const open = await openDataDir({ dataDir, resourcesDir, version: 't' });
  const broken = open.ctx.library.documents[0]!.id;
  const healthy = (await addDocument(open.ctx, { title: 'Notes on Minsk', source: '', text: 'Minsk hosts the summit in November.' })).id;
  await open.close();
  const first = await openCore({ dataDir, resourcesDir, version: 't' });
  for (const documentId of [broken, healthy]) await first.call('card:create', { documentId, type: 'qa', prompt: `Where? (${documentId})`, answer: 'Minsk', tags: ['place'] });
  await first.close();
  await rm(join(dataDir, 'backups'), { recursive: true, force: true });
  return { dataDir, broken, healthy };
}

async function expectIsolated(c: Core, broken: string, healthy: string, problem: RegExp): Promise<void> {
  const list = (await c.call('cards:list', {}));
  expect(list.cards.map((card) => card.documentId)).toEqual([healthy]);
  expect(list.skipped).toEqual([{ documentId: broken, title: 'Interview with CSTO Secretary-General Imangali Tasmagambetov', problem: expect.stringMatching(problem) }]);
  expect(await c.call('cards:tags', {})).toMatchObject({ tags: ['place'], skipped: [{ documentId: broken }] });
  expect(await c.call('cards:list', { status: 'due' })).toMatchObject({ cards: [{ documentId: healthy }], skipped: [{ documentId: broken }] });
  expect(await c.call('review:queue', {})).toMatchObject({ cards: [{ documentId: healthy }], skipped: [{ documentId: broken }] });
  const { documents } = (await c.call('library:list', {}));
  expect(documents.find((doc) => doc.id === broken)?.problem).toMatch(problem);
  expect(documents.find((doc) => doc.id === healthy)?.problem).toBeUndefined();
  expect((await c.call('document:open', { id: healthy })).text).toBe('Minsk hosts the summit in November.');
}

describe('one broken document never breaks the library', () => {
  it('a missing text file: the document shows as broken with the reason, the others work', async () => {
    const { dataDir, broken, healthy } = await twoDocuments();
    await rm(join(dataDir, 'texts', broken, 'v1.txt'));
    core = await openCore({ dataDir, resourcesDir, version: 't' });
    const problem = /^its text \(version 1\) is missing from the data folder\.$/;
    await expect(core.call('document:open', { id: broken })).rejects.toMatchObject({
      code: 'not_found',
      message: '"Interview with CSTO Secretary-General Imangali Tasmagambetov" cannot be opened: its text (version 1) is missing from the data folder.',
    });
    await expectIsolated(core, broken, healthy, problem);
  });

  it('a document file from a newer Gloss: the specific message reaches the user, the file stays untouched', async () => {
    const { dataDir, broken, healthy } = await twoDocuments();
    const path = join(dataDir, 'documents', `${broken}.json`);
    const newer = JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), schemaVersion: 9, futureField: true });
    await writeFile(path, newer);
    core = await openCore({ dataDir, resourcesDir, version: 't' });
    let libraryChanged = 0;
    core.events.on('library:changed', () => libraryChanged++);
    await expect(core.call('document:open', { id: broken })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/cannot be opened: it was saved by a newer version of Gloss \(file format 9; this version reads up to 5\)\. Update Gloss to open it/),
    });
    // Found on first use: the library is told to list itself again, now with the problem, once.
    expect(libraryChanged).toBe(1);
    await expectIsolated(core, broken, healthy, /newer version of Gloss/);
    expect(libraryChanged).toBe(1);
    expect(await readFile(path, 'utf8')).toBe(newer);
  });

  it('missing texts are found after open, yet the very first list shows them, with one library:changed for all', async () => {
    const { dataDir, broken, healthy } = await twoDocuments();
    const open = await openDataDir({ dataDir, resourcesDir, version: 't' });
    const third = (await addDocument(open.ctx, { title: 'Notes on Astana', source: '', text: 'Astana hosts the next one.' })).id;
    await open.close();
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    for (const id of [broken, third]) await rm(join(dataDir, 'texts', id), { recursive: true });
    core = await openCore({ dataDir, resourcesDir, version: 't' });
    let libraryChanged = 0;
    core.events.on('library:changed', () => libraryChanged++);
    const { documents } = (await core.call('library:list', {}));
    const problems = Object.fromEntries(documents.map((doc) => [doc.id, doc.problem]));
    expect(problems).toEqual({ [broken]: 'its text (version 1) is missing from the data folder.', [third]: 'its text (version 1) is missing from the data folder.', [healthy]: undefined });
    expect(libraryChanged).toBe(1);
  });

  it('a missing text that a snapshot holds is put back at open, and the user is told', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-isolation-')), 'data');
    const first = await openCore({ dataDir, resourcesDir, version: 't' });
    const id = (await first.call('library:list', {})).documents[0]!.id;
    const text = (await first.call('document:open', { id })).text;
    await first.call('document:setReadingPosition', { id, position: { paragraph: 1 } });
    await first.close();
    await rm(join(dataDir, 'texts', id), { recursive: true });
    core = await openCore({ dataDir, resourcesDir, version: 't' });
    expect((await core.call('library:list', {})).documents[0]?.problem).toBeUndefined();
    expect(await readFile(join(dataDir, 'texts', id, 'v1.txt'), 'utf8')).toBe(text);
    const { notices } = (await core.call('app:status', {}));
    expect(notices[0]?.message).toMatch(/^The text of "Interview .*" \(version 1\) was missing from the data folder; Gloss restored it from a whole-library snapshot saved /);
  });

  it('a text damaged in place is set aside and restored from a snapshot, so its highlights keep their places', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-isolation-')), 'data');
    const first = await openCore({ dataDir, resourcesDir, version: 't' });
    const id = (await first.call('library:list', {})).documents[0]!.id;
    const text = (await first.call('document:open', { id })).text;
    await first.call('annotation:create', { documentId: id, textVersion: 1, start: 100, end: 140, color: 'c1' });
    await first.close(); // takes a snapshot
    // Overwritten in place with as many characters, so only the hash can tell.
    await writeFile(join(dataDir, 'texts', id, 'v1.txt'), 'x'.repeat(text.length));
    core = await openCore({ dataDir, resourcesDir, version: 't' });
    const opened = await core.call('document:open', { id });
    expect(opened.text).toBe(text);
    expect(opened.annotations[0]?.anchor).toEqual({ start: 100, end: 140 });
    const messages = (await core.call('app:status', {})).notices.map((n) => n.message);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^The text of ".+" \(version 1\) was damaged: it holds [\d,]+ characters where [\d,]+ were saved\. It was kept as v1\.txt\.damaged-/),
      expect.stringMatching(/^The text of ".+" \(version 1\) was damaged; Gloss restored it from a whole-library snapshot saved /),
    ]));
    expect((await readdir(join(dataDir, 'texts', id))).some((name) => name.startsWith('v1.txt.damaged-'))).toBe(true);
  });

  it('a truncated text with no good copy: the document shows as broken with the reason, the damaged file is kept', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-isolation-')), 'data');
    const first = await openCore({ dataDir, resourcesDir, version: 't' });
    const id = (await first.call('library:list', {})).documents[0]!.id;
    await first.close();
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    await truncate(join(dataDir, 'texts', id, 'v1.txt'), 500);
    core = await openCore({ dataDir, resourcesDir, version: 't' });
    await expect(core.call('document:open', { id })).rejects.toMatchObject({ message: expect.stringMatching(/text \(version 1\) was damaged and no snapshot holds a good copy; the damaged file was kept as v1\.txt\.damaged-/) });
    expect((await core.call('library:list', {})).documents[0]?.problem).toMatch(/was damaged/);
  });
});
