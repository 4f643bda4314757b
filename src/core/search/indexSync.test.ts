import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDataDir, type OpenDataDir } from '../openCore';
import { TEST_RESOURCES_DIR } from '../testing/freshCore';
import { recordingIndex } from '../testing/recordingIndex';
import { seedDocuments } from '../testing/seedDocuments';
import { INDEXING_WAIT_MS, LibrarySearch } from './librarySearch';

let open: OpenDataDir | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

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
