import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './writeFileAtomic';

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

/**
 * The lowdb adapter for every Gloss file. Unlike lowdb's own JSONFile it
 * fsyncs, never silently falls back to memory, reports damage instead of
 * throwing a bare SyntaxError, and writes one at a time in call order so an
 * older snapshot can never land after a newer one.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    if (raw.trim() === '') throw new DamagedFileError(this.path, 'the file is empty');
    try {
      return JSON.parse(raw) as T;
    } catch (error) {
      throw new DamagedFileError(this.path, (error as Error).message);
    }
  }

  write(data: T): Promise<void> {
    // Serialise now, so later mutations of `data` cannot leak into this write.
    // Compact: a document with thousands of highlights serialises markedly faster without indentation.
    const json = JSON.stringify(data);
    const next = this.queue.then(() => writeFileAtomic(this.path, json));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves once every write requested so far is on disk. */
  flush(): Promise<void> {
    return this.queue;
  }
}
