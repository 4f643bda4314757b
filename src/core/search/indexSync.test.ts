import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDataDir, type OpenDataDir } from '../openCore';
import { TEST_RESOURCES_DIR } from '../testing/freshCore';
import { LibraryIndex } from './libraryIndex';
import { LibrarySearch } from './librarySearch';
import type { SearchableDocument } from './searchableDocument';
import { parseQuery } from './searchQuery';
import type { SearchIndexClient } from './searchWorkerClient';

let open: OpenDataDir | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

/** The index in this thread, recording what it is sent; `lose()` plays a worker that died. */
function recordingIndex() {
  const sent: string[] = [];
  let index = new LibraryIndex();
  let onLost: (reason: Error) => void = () => undefined;
  const client: SearchIndexClient = {
    put: async (doc: SearchableDocument) => {
      sent.push(`put ${doc.title}${doc.text === undefined ? '' : ' with text'}`);
      index.put(doc);
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
  return { sent, lose, factory: (lost: (reason: Error) => void) => ((onLost = lost), client) };
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
    expect(index.sent.slice(3)).toEqual(['put Renamed with text']);
    await search.close();
  });
});
