import { Low } from 'lowdb';
import { GlossError } from '../../shared/contract';
import type { DurableJsonFile } from './durableJsonFile';
import { explainWriteFailure } from './storageError';

/** Applies one change to the data and writes it; resolves to what the change returned. */
export type Commit<T> = <R>(change: (data: T) => R) => Promise<R>;

/** Hooks for data that also depends on files beside this one (a document's review log). */
export interface DurableDbOptions<T> {
  /** Called on the data just before each write (to record how much of the other files it holds). */
  beforeWrite?: (data: T) => void;
  /** The form written to the file, made after writing what it refers to (a document's long notes). */
  toDisk?: (data: T) => Promise<T>;
  /** Brings data read back from the file up to date with the other files, after a failed write. */
  revive?: (data: T) => T;
}

/**
 * A lowdb database whose memory follows its file. Changes run one at a time,
 * and a change that throws or cannot be written leaves `data` exactly as the
 * file holds it: a failed save is never shown, never answered with "exists
 * already" on retry, and never slips onto disk with a later, unrelated write.
 * Putting memory back parses the last JSON written, so success costs nothing
 * extra and failure is exact.
 */
export class DurableDb<T> extends Low<T> {
  declare adapter: DurableJsonFile<T>;
  private tail: Promise<unknown> = Promise.resolve();
  private closedBecause: string | null = null;

  constructor(
    adapter: DurableJsonFile<T>,
    data: T,
    private readonly options: DurableDbOptions<T> = {},
  ) {
    super(adapter, data);
  }

  /**
   * Runs `work` alone among this file's changes, so a check and the write it
   * guards cannot be split by another call. `commit` writes one change; do
   * not call this database's other methods from inside `work` (they would
   * wait for it to end).
   */
  exclusive<R>(work: (commit: Commit<T>) => Promise<R>): Promise<R> {
    const run = this.tail.then(() => work(this.commit));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Applies `change` to the data and writes it; resolves to what `change` returned. */
  transact<R>(change: (data: T) => R): Promise<R> {
    return this.exclusive((commit) => commit(change));
  }

  override async update(change: (data: T) => unknown): Promise<void> {
    await this.transact(change);
  }

  override async write(): Promise<void> {
    await this.transact(() => undefined);
  }

  /** Resolves once the changes under way and every write they asked for have ended. */
  async settled(): Promise<void> {
    await this.tail;
    await this.adapter.flush();
  }

  /** Waits for the changes under way, then refuses any other (the file is being replaced by a restore). */
  close(reason: string): Promise<void> {
    return this.exclusive(async () => {
      this.closedBecause = reason;
    });
  }

  /** Refuses a change once the database is closed (see close). */
  throwIfClosed(): void {
    if (this.closedBecause !== null) throw new GlossError('conflict', this.closedBecause);
  }

  private readonly commit: Commit<T> = async (change) => {
    this.throwIfClosed();
    try {
      const result = change(this.data);
      this.options.beforeWrite?.(this.data);
      await this.adapter.write(this.options.toDisk ? await this.options.toDisk(this.data) : this.data);
      return result;
    } catch (error) {
      const onDisk = this.adapter.dataOnDisk();
      if (onDisk !== null) this.data = this.options.revive ? this.options.revive(onDisk) : onDisk;
      throw explainWriteFailure(error);
    }
  };
}
