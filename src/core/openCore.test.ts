import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDocument } from './documents/addDocument';
import { openCore, openDataDir, type Core } from './openCore';

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources');
const open: Core[] = [];

async function start(dataDir: string): Promise<Core> {
  const core = await openCore({ dataDir, resourcesDir, version: '0.0.0-test' });
  open.push(core);
  return core;
}

async function freshDir(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'gloss-core-')), 'data');
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((core) => core.close()));
});

describe('openCore', () => {
  it('opens the bundled interview on first launch, with its title and source', async () => {
    const core = await start(await freshDir());
    const { documents } = (await core.call('library:list', {}));
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      title: 'Interview with CSTO Secretary-General Imangali Tasmagambetov',
      source: 'Sputnik Belarus',
      textVersion: 1,
    });
    const opened = (await core.call('document:open', { id: documents[0]!.id }));
    expect(opened.text).toMatch(/^In his exclusive interview with Sputnik Belarus/);
    expect(documents[0]!.wordCount).toBeGreaterThan(600);
  });

  it('remembers the last document and reading position across a relaunch', async () => {
    const dataDir = await freshDir();
    const first = await start(dataDir);
    const { documents } = (await first.call('library:list', {}));
    const id = documents[0]!.id;
    await first.call('document:setReadingPosition', { id, position: { paragraph: 7 } });
    await first.close();
    const second = await start(dataDir);
    const settings = (await second.call('settings:get', {}));
    expect(settings.lastDocumentId).toBe(id);
    const again = (await second.call('library:list', {}));
    expect(again.documents).toHaveLength(1);
    expect(again.documents[0]!.readingPosition).toEqual({ paragraph: 7 });
  });

  it('saving a reading position rewrites library.json only, never the text or the document file', async () => {
    const dataDir = await freshDir();
    const core = await start(dataDir);
    const { documents } = (await core.call('library:list', {}));
    const id = documents[0]!.id;
    const textPath = join(dataDir, 'texts', id, 'v1.txt');
    const docPath = join(dataDir, 'documents', `${id}.json`);
    const before = [(await stat(textPath)).mtimeMs, (await stat(docPath)).mtimeMs];
    await new Promise((resolve) => setTimeout(resolve, 20));
    await core.call('document:setReadingPosition', { id, position: { paragraph: 3 } });
    expect([(await stat(textPath)).mtimeMs, (await stat(docPath)).mtimeMs]).toEqual(before);
  });

  it('refuses a second process on the same data directory, naming it', async () => {
    const dataDir = await freshDir();
    await start(dataDir);
    await expect(openCore({ dataDir, resourcesDir, version: 'x' })).rejects.toThrow(`Another Gloss is already using the data directory ${dataDir}`);
  });

  it('restores a corrupt library.json from its previous version, keeps the damaged one aside and says so', async () => {
    const dataDir = await freshDir();
    const first = await start(dataDir);
    const { documents: before } = (await first.call('library:list', {}));
    await first.call('document:setReadingPosition', { id: before[0]!.id, position: { paragraph: 4 } });
    await first.call('document:setReadingPosition', { id: before[0]!.id, position: { paragraph: 9 } });
    await first.close();
    // Without the snapshot taken at close (newer, so it would be restored and cost nothing), the previous version is the newest copy.
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    await writeFile(join(dataDir, 'library.json'), '{"schemaVersion":3,"documents":[{"id":');
    const core = await start(dataDir);
    const { documents } = (await core.call('library:list', {}));
    // The last write (paragraph 9) is what the damage cost; the one before it is back.
    expect(documents.map((doc) => [doc.source, doc.readingPosition])).toEqual([['Sputnik Belarus', { paragraph: 4 }]]);
    const status = (await core.call('app:status', {}));
    expect(status.notices[0]?.message).toMatch(/library\.json could not be read .* kept as library\.json\.damaged-.*Gloss restored its previous version, saved \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    const kept = (await readdir(dataDir)).filter((name) => name.startsWith('library.json.damaged-'));
    expect(await readFile(join(dataDir, kept[0]!), 'utf8')).toBe('{"schemaVersion":3,"documents":[{"id":');
  });

  it('rebuilds a corrupt library.json from the document files when no earlier copy of it exists', async () => {
    const dataDir = await freshDir();
    const first = await start(dataDir);
    await first.close();
    await rm(join(dataDir, 'library.json.prev'));
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    await writeFile(join(dataDir, 'library.json'), '{"schemaVersion":1,"documents":[{"id":');
    const core = await start(dataDir);
    const { documents } = (await core.call('library:list', {}));
    expect(documents.map((doc) => doc.source)).toEqual(['Sputnik Belarus']);
    const status = (await core.call('app:status', {}));
    expect(status.notices[0]?.message).toMatch(/library\.json could not be read .* kept as library\.json\.damaged-.*rebuilt the library .* \(1 recovered\)/);
    const kept = (await readdir(dataDir)).filter((name) => name.startsWith('library.json.damaged-'));
    expect(await readFile(join(dataDir, kept[0]!), 'utf8')).toBe('{"schemaVersion":1,"documents":[{"id":');
  });

  it('a lost library.json with no earlier copy is rebuilt from the document files, never created empty', async () => {
    const dataDir = await freshDir();
    const first = await openDataDir({ dataDir, resourcesDir, version: '0.0.0-test' });
    await addDocument(first.ctx, { title: 'Notes on Minsk', source: 'Own notes', text: 'Minsk hosts the summit in November.' });
    await first.close();
    await rm(join(dataDir, 'library.json'));
    await rm(join(dataDir, 'library.json.prev'));
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    const core = await start(dataDir);
    const { documents } = (await core.call('library:list', {}));
    expect(documents.map((doc) => doc.title).sort()).toEqual(['Interview with CSTO Secretary-General Imangali Tasmagambetov', 'Notes on Minsk']);
    const status = (await core.call('app:status', {}));
    expect(status.notices[0]?.message).toMatch(/^library\.json is missing\. No earlier copy of it was found, so Gloss rebuilt the library from the documents' own files \(2 recovered\)/);
  });

  it('an empty library.json is treated as damaged, not as a new library', async () => {
    const dataDir = await freshDir();
    await (await start(dataDir)).close();
    open.length = 0;
    await writeFile(join(dataDir, 'library.json'), '');
    const core = await start(dataDir);
    const { documents } = (await core.call('library:list', {}));
    expect(documents).toHaveLength(1);
  });

  it('answers malformed calls with specific errors', async () => {
    const core = await start(await freshDir());
    await expect(core.call('library:drop', {})).rejects.toMatchObject({ code: 'unknown_method' });
    await expect(core.call('document:open', { id: '../../etc/passwd' })).rejects.toMatchObject({ code: 'invalid_params' });
    await expect(core.call('document:open', { id: 'doc-missing' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(core.call('document:setReadingPosition', { id: 'x', position: { paragraph: -1 } })).rejects.toMatchObject({ code: 'invalid_params' });
    await expect(core.call('settings:update', { theme: 'neon' })).rejects.toThrow(/Invalid params for settings:update/);
    await expect(core.call('settings:update', { theme: 'dark', extra: 1 })).rejects.toMatchObject({ code: 'invalid_params' });
  });
});
