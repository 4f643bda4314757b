import { resolve, sep } from 'node:path';
import { GlossError } from '../../shared/contract';

/** Data directories this process may no longer write: their lock went to another Gloss. */
const fenced = new Set<string>();

/**
 * Stops every write of this process under `dataDir`, including writes that
 * were queued before the lock was found lost and the flush on close: from
 * now on the files belong to the Gloss that holds the lock.
 */
export function fenceWrites(dataDir: string): void {
  fenced.add(resolve(dataDir) + sep);
}

/** Lifts the fence once this process holds the directory's lock again. */
export function unfenceWrites(dataDir: string): void {
  fenced.delete(resolve(dataDir) + sep);
}

/** Throws before anything is written under a fenced data directory. */
export function assertWritesAllowed(path: string): void {
  const absolute = resolve(path) + sep;
  for (const dir of fenced) {
    if (absolute.startsWith(dir)) {
      throw new GlossError('closing', 'This Gloss no longer holds the lock on its library, so it wrote nothing. Close it and reopen Gloss.');
    }
  }
}
