import { MAX_IMPORT_BYTES, type DocumentSummary, type ImportResult, type MethodParams } from '../../shared/contract';
import { SETTLED, tooLargeMessage, type ImportEntry, type ImportSource, type ImportStatus } from './importEntry';

/** What the queue needs from outside: the core's calls, and where its changes go. */
export interface ImportQueueDeps {
  importFile(params: MethodParams<'document:import'>): Promise<ImportResult>;
  cancelTask(taskId: string): Promise<unknown>;
  onChange(entries: readonly ImportEntry[]): void;
  /** A document was added; `alone`: it was the only file of its batch (the caller opens it). */
  onAdded(document: DocumentSummary, alone: boolean): void;
  newId(): string;
  /** @default 2 */
  concurrency?: number;
}

const ACTIVE: ReadonlySet<ImportStatus> = new Set(['reading', 'importing']);

/**
 * The files being imported: at most `concurrency` read and imported at once,
 * the rest waiting in order. Each can be cancelled (before it starts, while it
 * is read, or in the core through its task), and a duplicate waits for the
 * user: add it again or skip it. A file over MAX_IMPORT_BYTES is refused at
 * once, never read or sent.
 */
export class ImportQueue {
  private entries: ImportEntry[] = [];
  private readonly sources = new Map<string, { source: ImportSource; batch: string[]; ifDuplicate: 'ask' | 'add' }>();
  private readonly cancelled = new Set<string>();

  constructor(private readonly deps: ImportQueueDeps) {}

  /** The entries, oldest first. */
  get list(): readonly ImportEntry[] {
    return this.entries;
  }

  /** Queues files as one batch; returns their entry ids. */
  add(sources: readonly ImportSource[]): string[] {
    const batch: string[] = [];
    for (const source of sources) {
      const id = this.deps.newId();
      batch.push(id);
      this.sources.set(id, { source, batch, ifDuplicate: 'ask' });
      const tooLarge = source.size > MAX_IMPORT_BYTES;
      this.entries = [...this.entries, { id, fileName: source.fileName, status: tooLarge ? 'failed' : 'waiting', progress: null, ...(tooLarge ? { error: tooLargeMessage(source.fileName, source.size) } : {}) }];
    }
    this.changed();
    this.pump();
    return batch;
  }

  /** Progress reported by the core for a task. */
  progress(taskId: string, done: number, total: number): void {
    const entry = this.find(taskId);
    if (entry?.status !== 'importing' || total <= 0) return;
    this.update(taskId, { progress: Math.min(1, done / total) });
  }

  /** Stops a file: one waiting never starts, one under way is cancelled in the core, a duplicate question is skipped. */
  cancel(id: string): void {
    const entry = this.find(id);
    if (!entry || SETTLED.has(entry.status)) return;
    if (entry.status === 'duplicate') return this.skip(id);
    this.cancelled.add(id);
    if (entry.status === 'waiting' || entry.status === 'reading') this.update(id, { status: 'cancelled', progress: null });
    if (entry.status === 'importing') void this.deps.cancelTask(id).catch(() => undefined);
    this.pump();
  }

  /** Answers a duplicate question with "Add again": imported anew, as a second document. */
  addAgain(id: string): void {
    const known = this.sources.get(id);
    if (this.find(id)?.status !== 'duplicate' || !known) return;
    known.ifDuplicate = 'add';
    this.update(id, { status: 'waiting', progress: null, existing: undefined });
    this.pump();
  }

  /** Answers a duplicate question with "Skip": nothing is added. */
  skip(id: string): void {
    if (this.find(id)?.status === 'duplicate') this.update(id, { status: 'skipped' });
  }

  /** Takes an entry off the list (a settled one, or a duplicate the user answered otherwise). */
  dismiss(id: string): void {
    const entry = this.find(id);
    if (!entry || !(SETTLED.has(entry.status) || entry.status === 'duplicate')) return;
    this.entries = this.entries.filter((e) => e.id !== id);
    this.sources.delete(id);
    this.changed();
  }

  /** Takes every settled entry off the list. */
  clearSettled(): void {
    for (const entry of this.entries) if (SETTLED.has(entry.status)) this.sources.delete(entry.id);
    this.entries = this.entries.filter((entry) => !SETTLED.has(entry.status));
    this.changed();
  }

  private pump(): void {
    const limit = this.deps.concurrency ?? 2;
    let running = this.entries.filter((entry) => ACTIVE.has(entry.status)).length;
    for (const entry of this.entries) {
      if (running >= limit) break;
      if (entry.status !== 'waiting') continue;
      running++;
      void this.run(entry.id);
    }
  }

  private async run(id: string): Promise<void> {
    const known = this.sources.get(id)!;
    this.update(id, { status: 'reading', progress: null });
    try {
      const data = await known.source.read();
      if (this.cancelled.has(id)) return;
      this.update(id, { status: 'importing' });
      const result = await this.deps.importFile({ taskId: id, fileName: known.source.fileName, data, ...(known.source.title ? { title: known.source.title } : {}), ifDuplicate: known.ifDuplicate });
      if (result.status === 'duplicate') this.update(id, { status: 'duplicate', progress: null, existing: result.existing });
      else {
        this.update(id, { status: 'added', progress: 1, document: result.document });
        this.deps.onAdded(result.document, known.batch.length === 1);
      }
    } catch (error) {
      if (this.cancelled.has(id)) this.update(id, { status: 'cancelled', progress: null });
      else this.update(id, { status: 'failed', progress: null, error: (error as Error).message });
    } finally {
      this.cancelled.delete(id);
      this.pump();
    }
  }

  private find(id: string): ImportEntry | undefined {
    return this.entries.find((entry) => entry.id === id);
  }

  private update(id: string, patch: Partial<ImportEntry>): void {
    this.entries = this.entries.map((entry) => (entry.id === id ? { ...entry, ...patch } : entry));
    this.changed();
  }

  private changed(): void {
    this.deps.onChange(this.entries);
  }
}
