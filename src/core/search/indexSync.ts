import type { DocumentSummary, SearchIndexing } from '../../shared/contract';
import type { CoreContext } from '../context';
import { preparedAhead } from '../preparedAhead';
import { indexStamp, isSearchable, readIndexInput, searchableDocuments, type IndexedState, type PreparedDocument } from './documentIndexState';
import type { SavedWordFiles } from './savedWordFiles';
import type { SearchIndexClient } from './searchWorkerClient';

/**
 * How many queued documents may be read (one after another) ahead of the
 * one the worker indexes: while the worker starts, or reads a long text,
 * the next ones get ready. Their texts wait in memory meanwhile.
 */
const READ_AHEAD = 8;

/**
 * Keeps the search index in step with the library, incrementally: each
 * refresh compares every searchable document's stamp (the repository's
 * change stamp, its text version and title) with the one it was indexed
 * at, and (re)indexes only those that differ — a changed highlight sends
 * the highlights and cards, a new text version the text too — and drops
 * documents gone or moved to the Trash. Documents are read a few ahead of
 * the one the worker indexes. A text's word map is saved once built, and
 * given back to the worker on the next launch.
 */
export class IndexSync {
  private readonly indexed = new Map<string, IndexedState>();
  /** Documents that could not be read, with the stamp they failed at (not tried again until it changes). */
  private readonly failed = new Map<string, string>();
  private readonly queue: string[] = [];
  /** Documents taken from the queue and not yet indexed, with the stamp they are read at. */
  private readonly reading = new Map<string, string>();
  private running: Promise<void> | null = null;
  private done = 0;
  private total = 0;

  constructor(
    private readonly ctx: CoreContext,
    private readonly index: SearchIndexClient,
    private readonly saved: SavedWordFiles,
  ) {}

  /** Compares the library with the index and starts indexing what changed. */
  refresh(): void {
    const wanted = new Map(searchableDocuments(this.ctx).map((summary) => [summary.id, summary]));
    const queued = new Set(this.queue);
    const stale = [...this.indexed.keys()].filter((id) => !wanted.has(id));
    const changed = [...wanted.values()].filter((s) => {
      const stamp = indexStamp(this.ctx, s);
      return !queued.has(s.id) && this.reading.get(s.id) !== stamp && this.indexed.get(s.id)?.stamp !== stamp && this.failed.get(s.id) !== stamp;
    });
    if (stale.length === 0 && changed.length === 0) return;
    if (!this.running) this.done = this.total = 0;
    // Removals first: a document just trashed must leave the answers at once.
    // In place: the pump under way takes from this very list.
    this.queue.unshift(...stale);
    this.queue.push(...changed.map((s) => s.id));
    this.total += changed.length;
    this.startPump();
  }

  /** Resolves once everything queued is indexed, or after `ms`, whichever comes first. */
  async settle(ms: number): Promise<void> {
    if (!this.running) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.running, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
  }

  /** How far indexing has come, while it runs. */
  progress(): SearchIndexing | undefined {
    return this.running ? { done: this.done, total: this.total } : undefined;
  }

  /** Forgets what was indexed (the worker holding it died): the next refresh indexes everything again. */
  forget(): void {
    this.indexed.clear();
    this.failed.clear();
  }

  private startPump(): void {
    this.running ??= this.pump().finally(() => {
      this.running = null;
      // Queued as the pump was ending.
      if (this.queue.length > 0 && !this.ctx.closing.aborted) this.startPump();
    });
  }

  private async pump(): Promise<void> {
    // One document is sent at a time (and a search waits behind that one only) while the next are read.
    for await (const prepared of preparedAhead(this.queue, (id) => this.prepare(id), READ_AHEAD, () => this.ctx.closing.aborted)) {
      if (!this.ctx.closing.aborted) await this.send(prepared);
      if (this.reading.get(prepared.id) === prepared.stamp) this.reading.delete(prepared.id);
    }
  }

  /** Reads what the worker needs of a queued document (nothing, for one to drop). */
  private async prepare(id: string): Promise<PreparedDocument> {
    const summary = this.ctx.library.summaryOf(id);
    if (!isSearchable(this.ctx, summary)) return { id, stamp: '', drop: true };
    const stamp = indexStamp(this.ctx, summary);
    this.reading.set(id, stamp);
    try {
      const input = await readIndexInput(this.ctx, this.saved, summary, this.indexed.get(id)?.textVersion !== summary.textVersion);
      return { id, stamp, summary, input };
    } catch (error) {
      this.fail(summary, stamp, error);
      return { id, stamp };
    }
  }

  private async send(prepared: PreparedDocument): Promise<void> {
    const { id, stamp, summary, input } = prepared;
    if (prepared.drop || !isSearchable(this.ctx, this.ctx.library.summaryOf(id))) return this.drop(id);
    if (!summary || !input) return;
    // Read without its text for a worker that has since been lost: read again, with it.
    if (input.text === undefined && !this.indexed.has(id)) {
      this.queue.unshift(id);
      return;
    }
    try {
      const { wordsToSave } = await this.index.put(input);
      this.indexed.set(id, { stamp, textVersion: summary.textVersion });
      this.done++;
      if (wordsToSave) this.saved.save(id, wordsToSave);
    } catch (error) {
      this.fail(summary, stamp, error);
    }
  }

  /** A document that cannot be read or indexed is left out (the library says why), and not tried again until it changes. */
  private fail(summary: DocumentSummary, stamp: string, error: unknown): void {
    this.failed.set(summary.id, stamp);
    this.done++;
    if (!this.ctx.closing.aborted) console.error(`Gloss: "${summary.title}" could not be indexed for search:`, error);
  }

  private async drop(id: string): Promise<void> {
    this.indexed.delete(id);
    this.failed.delete(id);
    if (!this.ctx.library.summaryOf(id)) this.saved.remove(id);
    await this.index.remove(id).catch(() => undefined);
  }
}
