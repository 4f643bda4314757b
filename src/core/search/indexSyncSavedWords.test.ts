import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDataDir, type OpenDataDir } from '../openCore';
import { fenceWrites, unfenceWrites } from '../storage/writeFence';
import { TEST_RESOURCES_DIR } from '../testing/freshCore';
import { recordingIndex } from '../testing/recordingIndex';
import { LibrarySearch } from './librarySearch';
import { SAVED_WORDS_DIR, savedWordsPath } from './savedWordFiles';

let open: OpenDataDir | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
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
