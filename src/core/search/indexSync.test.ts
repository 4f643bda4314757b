import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDataDir, type OpenDataDir } from '../openCore';
import { fenceWrites, unfenceWrites } from '../storage/writeFence';
import { TEST_RESOURCES_DIR } from '../testing/freshCore';
import { seedDocuments } from '../testing/seedDocuments';
import { LibraryIndex } from './libraryIndex';
import { INDEXING_WAIT_MS, LibrarySearch } from './librarySearch';
import type { SearchableDocument } from './searchableDocument';
import { SAVED_WORDS_DIR, savedWordsPath } from './savedWordFiles';
import { parseQuery } from './searchQuery';
import type { SearchIndexClient } from './searchWorkerClient';

let open: OpenDataDir | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

/** The index in this thread, recording what it is sent (and which texts it read word by word); `lose()` plays a worker that died. */
function recordingIndex(putDelayMs = 0) {
  const sent: string[] = [];
  const read: string[] = [];
  let index = new LibraryIndex();
  let onLost: (reason: Error) => void = () => undefined;
  const client: SearchIndexClient = {
    put: async (doc: SearchableDocument) => {
      sent.push(`put ${doc.title}${doc.text === undefined ? '' : ' with text'}${doc.savedWords ? ' and its saved words' : ''}`);
      const result = index.put(doc);
      if (result.wordsToSave) read.push(doc.title);
      await new Promise((resolve) => setTimeout(resolve, putDelayMs));
      return result;
    },
    remove: async (id) => {
      sent.push(`remove ${id}`);
      index.remove(id);
    },
    search: async (query, limit) => {
      const parsed = parseQuery(query);
      return parsed ? index.search(parsed, limit ?? 20) : { groups: [], truncated: false };
    },
    close: async () => undefined,
  };
  const lose = () => {
    index = new LibraryIndex();
    onLost(new Error('gone'));
  };
  return { sent, read, lose, factory: (lost: (reason: Error) => void) => ((onLost = lost), client) };
}

describe('the search index follows the library incrementally', () => {
  it('indexes each document once, then only what changed (a new highlight: without the text), and all again once its worker is lost', async () => {
    open = await openDataDir({ dataDir: join(await mkdtemp(join(tmpdir(), 'gloss-sync-')), 'data'), resourcesDir: TEST_RESOURCES_DIR, version: 't' });
    const { ctx } = open;
    const id = ctx.library.documents[0]!.id;
    const title = ctx.library.documents[0]!.title;
    const index = recordingIndex();
    const search = new LibrarySearch(ctx, index.factory);
    const settle = async (query = '') => {
      let result = await search.search(query);
      while (result.indexing) result = await search.search(query);
      return result;
    };

    await settle();
    expect(index.sent).toEqual([`put ${title} with text`]);
    await settle('Minsk');
    expect(index.sent).toHaveLength(1);

    // A highlight added below the API, as any handler does: through the repository.
    await ctx.documents.update(id, (doc) => void doc.annotations.push({ id: 'ann-x', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', color: 'c1', note: 'quince', target: { textVersion: 1, selector: [{ type: 'TextQuoteSelector', exact: 'In his', prefix: '', suffix: ' exclusive' }, { type: 'TextPositionSelector', start: 0, end: 6 }] } }));
    expect((await settle('quince')).groups[0]!.hits[0]).toMatchObject({ kind: 'note', annotationId: 'ann-x', start: 0, end: 6 });
    expect(index.sent.slice(1)).toEqual([`put ${title}`]);

    await ctx.library.update((library) => void (library.documents[0]!.title = 'Renamed'));
    await settle();
    expect(index.sent.slice(2)).toEqual(['put Renamed']);

    index.lose();
    await settle();
    // With its saved words too, once they are on disk: they are written in the background.
    expect(index.sent.slice(3)).toEqual([expect.stringMatching(/^put Renamed with text/)]);
    await search.close();
  });
});

describe('the search index while it is being built', () => {
  it('sends each document once, however many searches come while it is indexed', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-sync-')), 'data');
    await seedDocuments(dataDir, TEST_RESOURCES_DIR, [{ title: 'Second', text: 'Minsk again.' }, { title: 'Third', text: 'And Minsk.' }]);
    open = await openDataDir({ dataDir, resourcesDir: TEST_RESOURCES_DIR, version: 't' });
    const index = recordingIndex(3 * INDEXING_WAIT_MS);
    const search = new LibrarySearch(open.ctx, index.factory);
    let result = await search.search('Minsk');
    let searches = 1;
    for (; result.indexing; searches++) result = await search.search('Minsk');
    expect(searches).toBeGreaterThan(3);
    expect(result.groups).toHaveLength(3);
    expect(index.sent.toSorted()).toEqual(open.ctx.library.documents.map((doc) => `put ${doc.title} with text`).toSorted());
    await search.close();
  }, 20_000);
});

describe('the index of the texts saved beside the library', () => {
  /** One launch of the search over `ctx`: what it sent, which texts it read word by word, and the hits of "Minsk". */
  async function launch(ctx: OpenDataDir['ctx']) {
    const index = recordingIndex();
    const search = new LibrarySearch(ctx, index.factory);
    let result = await search.search('Minsk');
    while (result.indexing) result = await search.search('Minsk');
    // Closing waits for the saving under way.
    await search.close();
    return { sent: index.sent, read: index.read, hits: result.groups[0]?.total };
  }

  it('is saved once a text is read, used by the next launch instead of reading it again, and made anew when damaged', async () => {
    open = await openDataDir({ dataDir: join(await mkdtemp(join(tmpdir(), 'gloss-saved-')), 'data'), resourcesDir: TEST_RESOURCES_DIR, version: 't' });
    const { ctx } = open;
    const { id, title } = ctx.library.documents[0]!;
    const first = await launch(ctx);
    expect(first).toMatchObject({ sent: [`put ${title} with text`], read: [title] });
    expect(first.hits).toBeGreaterThan(0);
    const saved = await readFile(savedWordsPath(ctx.dataDir, id));

    expect(await launch(ctx)).toEqual({ sent: [`put ${title} with text and its saved words`], read: [], hits: first.hits });

    const damaged = Uint8Array.from(saved);
    damaged[damaged.length - 5]! ^= 0xff;
    await writeFile(savedWordsPath(ctx.dataDir, id), damaged);
    expect(await launch(ctx)).toEqual({ sent: [`put ${title} with text and its saved words`], read: [title], hits: first.hits });
    expect(await readFile(savedWordsPath(ctx.dataDir, id))).toEqual(saved);
  });

  it('is not saved once this Gloss has lost the lock on the library, and the search still answers', async () => {
    open = await openDataDir({ dataDir: join(await mkdtemp(join(tmpdir(), 'gloss-saved-')), 'data'), resourcesDir: TEST_RESOURCES_DIR, version: 't' });
    const { ctx } = open;
    const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fenceWrites(ctx.dataDir);
    try {
      expect((await launch(ctx)).hits).toBeGreaterThan(0);
    } finally {
      unfenceWrites(ctx.dataDir);
      said.mockRestore();
    }
    await expect(readdir(join(ctx.dataDir, SAVED_WORDS_DIR))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('drops what was saved for documents no longer in the library, and keeps the rest', async () => {
    open = await openDataDir({ dataDir: join(await mkdtemp(join(tmpdir(), 'gloss-saved-')), 'data'), resourcesDir: TEST_RESOURCES_DIR, version: 't' });
    const { ctx } = open;
    await launch(ctx);
    await writeFile(savedWordsPath(ctx.dataDir, 'doc-deleted-meanwhile'), 'stale');
    await launch(ctx);
    expect(await readdir(join(ctx.dataDir, SAVED_WORDS_DIR))).toEqual([`${ctx.library.documents[0]!.id}.words`]);
  });
});
