import type { DocumentSummary, SearchIndexing } from '../../shared/contract';
import type { CoreContext } from '../context';
import { readSearchable } from './readSearchable';
import type { SavedWordFiles } from './savedWordFiles';
import type { SearchableDocument } from './searchableDocument';
import type { SearchIndexClient } from './searchWorkerClient';

/** What the index holds of a document: the state it was read in. */
interface IndexedState {
  stamp: string;
  textVersion: number;
}

/**
 * Keeps the search index in step with the library, incrementally: each
 * refresh compares every searchable document's stamp (the repository's
 * change stamp, its text version and title) with the one it was indexed
 * at, and (re)indexes only those that differ — a changed highlight sends
 * the highlights and cards, a new text version the text too — and drops
 * documents gone or moved to the Trash. One document is read at a time
 * while the worker indexes the one before. A text's word map is saved
 * once built, and given back to the worker on the next launch.
 */
export class IndexSync {
  private readonly indexed = new Map<string, IndexedState>();
  /** Documents that could not be read, with the stamp they failed at (not tried again until it changes). */
  private readonly failed = new Map<string, string>();
  private queue: string[] = [];
  private running: Promise<void> | null = null;
  private done = 0;
  private total = 0;

  /** Whether saved word maps of documents no longer in the library were cleared yet (once a launch). */
  private swept = false;

  constructor(
    private readonly ctx: CoreContext,
    private readonly index: SearchIndexClient,
    private readonly saved: SavedWordFiles,
  ) {}

  /** Compares the library with the index and starts indexing what changed. */
  refresh(): void {
    if (!this.swept) {
      this.swept = true;
      // Documents in the Trash keep theirs: they may come back.
      this.saved.removeAllBut(new Set(this.ctx.library.documents.map((doc) => doc.id)));
    }
    const wanted = new Map(this.searchable().map((summary) => [summary.id, summary]));
    const queued = new Set(this.queue);
    const stale = [...this.indexed.keys()].filter((id) => !wanted.has(id));
    const changed = [...wanted.values()].filter((s) => !queued.has(s.id) && this.indexed.get(s.id)?.stamp !== this.stampOf(s) && this.failed.get(s.id) !== this.stampOf(s));
    if (stale.length === 0 && changed.length === 0) return;
    if (!this.running) this.done = this.total = 0;
    // Removals first: a document just trashed must leave the answers at once.
    this.queue = [...stale, ...this.queue, ...changed.map((s) => s.id)];
    this.total += changed.length;
    this.running ??= this.pump().finally(() => (this.running = null));
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

  private searchable(): DocumentSummary[] {
    return this.ctx.library.documents.filter((doc) => this.isSearchable(doc));
  }

  /** In the library, not in the Trash, and not known to be broken. */
  private isSearchable(doc: DocumentSummary | undefined): doc is DocumentSummary {
    return doc !== undefined && !doc.trashedAt && !this.ctx.documents.problemOf(doc.id);
  }

  private stampOf(summary: DocumentSummary): string {
    return `${this.ctx.documents.changeStamp(summary.id)}|${summary.textVersion}|${summary.title}`;
  }

  private async pump(): Promise<void> {
    // The index is sent one document while the next is read; `previous` never rejects.
    let previous: Promise<void> = Promise.resolve();
    while (this.queue.length > 0 && !this.ctx.closing.aborted) {
      const id = this.queue.shift()!;
      const summary = this.ctx.library.summaryOf(id);
      if (!this.isSearchable(summary)) {
        await previous;
        previous = this.drop(id);
        continue;
      }
      const stamp = this.stampOf(summary);
      let input: SearchableDocument;
      try {
        input = await readSearchable(this.ctx, summary, this.indexed.get(id)?.textVersion !== summary.textVersion);
        const savedWords = input.textKey && (await this.saved.read(id));
        if (savedWords) input = { ...input, savedWords };
      } catch (error) {
        this.fail(summary, stamp, error);
        continue;
      }
      await previous;
      previous = this.index.put(input).then(
        ({ wordsToSave }) => {
          this.indexed.set(id, { stamp, textVersion: summary.textVersion });
          this.done++;
          if (wordsToSave) this.saved.save(id, wordsToSave);
        },
        (error: unknown) => this.fail(summary, stamp, error),
      );
    }
    await previous;
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
