import type { SearchResult } from '../../shared/contract';
import type { CoreContext } from '../context';
import { IndexSync } from './indexSync';
import { SavedWordFiles } from './savedWordFiles';
import { searchWorkerClient, type SearchIndexClient } from './searchWorkerClient';

/**
 * How long a search waits for documents still being indexed before it
 * answers with those done (and says how far indexing has come): a changed
 * note is re-indexed well within it, a first build of a big library is not.
 */
export const INDEXING_WAIT_MS = 250;

/** Makes the index's client; tests and benchmarks may give their own. */
export type IndexClientFactory = (onLost: (reason: Error) => void) => SearchIndexClient;

/**
 * The library search of one core: the index lives in a worker thread,
 * started by the first search (an empty query starts it without searching)
 * and kept up to date at each search with what changed since.
 */
export class LibrarySearch {
  private index: SearchIndexClient | null = null;
  private sync: IndexSync | null = null;
  private readonly saved: SavedWordFiles;

  constructor(
    private readonly ctx: CoreContext,
    private readonly makeClient: IndexClientFactory = searchWorkerClient,
  ) {
    this.saved = new SavedWordFiles(ctx.dataDir, ctx.closing);
  }

  /** Searches the library (see `library:search`). */
  async search(query: string, limit?: number): Promise<SearchResult> {
    const { index, sync } = this.started();
    sync.refresh();
    await sync.settle(INDEXING_WAIT_MS);
    const found = query.trim() === '' ? { groups: [], truncated: false } : await index.search(query, limit);
    const indexing = sync.progress();
    // A document renamed or trashed while its re-indexing waits is shown as the library has it now.
    const groups = found.groups.flatMap((group) => {
      const summary = this.ctx.library.summaryOf(group.documentId);
      return summary && !summary.trashedAt ? [{ ...group, title: summary.title }] : [];
    });
    return { groups, ...(found.truncated ? { truncated: true } : {}), ...(indexing ? { indexing } : {}) };
  }

  /** Stops the worker and waits for the index being saved, if any (when the core closes, before its lock is let go). */
  async close(): Promise<void> {
    await this.index?.close();
    this.index = null;
    this.sync = null;
    await this.saved.settled();
  }

  private started(): { index: SearchIndexClient; sync: IndexSync } {
    if (!this.index || !this.sync) {
      const index = this.makeClient((reason) => {
        if (!this.ctx.closing.aborted) console.error('Gloss: the library search stopped and will rebuild its index:', reason.message);
        this.sync?.forget();
      });
      this.index = index;
      this.sync = new IndexSync(this.ctx, index, this.saved);
      // Saved maps of documents deleted since (here or in an earlier launch) go; those in the Trash may come back.
      this.saved.removeAllBut(new Set(this.ctx.library.documents.map((doc) => doc.id)));
    }
    return { index: this.index, sync: this.sync };
  }
}
