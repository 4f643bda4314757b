import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { errnoCode } from './errno';
import { UnconfirmedWriteError, writeFileAtomic, type AtomicWriteOptions } from './writeFileAtomic';

/** A JSON file that exists but cannot be parsed: empty, truncated or corrupt. */
export class DamagedFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path} could not be read: ${reason}`);
    this.name = 'DamagedFileError';
  }
}

/** How a DurableJsonFile puts bytes on disk; a seam, so tests can make the disk fail. */
export type WriteFile = (path: string, data: string, options: AtomicWriteOptions) => Promise<void>;

export interface DurableJsonFileOptions {
  /** Replaces writeFileAtomic (tests inject failures here). */
  writeFile?: WriteFile;
  /** Called after each write that reached the disk (the snapshot schedule counts activity with it). */
  onWritten?: () => void;
}

/**
 * The lowdb adapter for every Gloss file. Unlike lowdb's own JSONFile it
 * fsyncs, keeps the replaced file as `<name>.prev`, never silently falls back
 * to memory, reports damage instead of throwing a bare SyntaxError, writes
 * one at a time in call order so an older snapshot can never land after a
 * newer one, and remembers the JSON that is on disk, so that a caller whose
 * write failed can put its memory back as the disk has it.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve();
  private onDisk: string | null = null;
  private readonly writeFile: WriteFile;

  constructor(
    readonly path: string,
    private readonly options: DurableJsonFileOptions = {},
  ) {
    this.writeFile = options.writeFile ?? writeFileAtomic;
  }

  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    }
    if (raw.trim() === '') throw new DamagedFileError(this.path, 'the file is empty');
    try {
      const data = JSON.parse(raw) as T;
      this.onDisk = raw;
      return data;
    } catch (error) {
      throw new DamagedFileError(this.path, (error as Error).message);
    }
  }

  write(data: T): Promise<void> {
    // Serialise now, so later mutations of `data` cannot leak into this write.
    // Compact: a document with thousands of highlights serialises markedly faster without indentation.
    const json = JSON.stringify(data);
    const next = this.queue.then(() => this.put(json));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves once every write requested so far is on disk. */
  flush(): Promise<void> {
    return this.queue;
  }

  /**
   * The data as the file holds it after the last read or successful write,
   * parsed afresh (null before either): what memory must go back to when a
   * change could not be written.
   */
  dataOnDisk(): T | null {
    return this.onDisk === null ? null : (JSON.parse(this.onDisk) as T);
  }

  private async put(json: string): Promise<void> {
    try {
      await this.writeFile(this.path, json, { keepPrevious: true });
    } catch (error) {
      // Renamed but not synced: the file holds the new content, so memory should too.
      if (error instanceof UnconfirmedWriteError) this.onDisk = json;
      throw error;
    }
    this.onDisk = json;
    this.options.onWritten?.();
  }
}
