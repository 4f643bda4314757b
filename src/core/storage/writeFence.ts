import { resolve, sep } from 'node:path';
import { GlossError } from '../../shared/contract';

/** Data directories this process may no longer write: their lock went to another Gloss. */
const fenced = new Set<string>();
/**
 * Data directories whose lock this process holds, each with a synchronous
 * check that the lock on disk is still its own: asked before every write,
 * so a write that was queued (or under way) when this process was paused
 * cannot land after another Gloss took the directory over.
 */
const guarded = new Map<string, () => boolean>();

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

/** Checks `stillHeld` before every write under `dataDir`; one that says no fences the directory. */
export function guardWrites(dataDir: string, stillHeld: () => boolean): void {
  guarded.set(resolve(dataDir) + sep, stillHeld);
}

/** Stops checking: the lock is being released, or was given up. */
export function unguardWrites(dataDir: string): void {
  guarded.delete(resolve(dataDir) + sep);
}

/** Throws before anything is written under a fenced data directory, or one whose lock is no longer this process's. */
export function assertWritesAllowed(path: string): void {
  const absolute = resolve(path) + sep;
  for (const [dir, stillHeld] of guarded) {
    if (absolute.startsWith(dir) && !stillHeld()) fenced.add(dir);
  }
  for (const dir of fenced) {
    if (absolute.startsWith(dir)) {
      throw new GlossError('closing', 'This Gloss no longer holds the lock on its library, so it wrote nothing. Close it and reopen Gloss.');
    }
  }
}
