import { ftruncateSync, renameSync, rmSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { GlossError } from '../../shared/contract';
import { errnoCode } from './errno';

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

/*
 * Why the last step of a write is synchronous: an asynchronous rename or
 * write waits in libuv's thread pool behind other file work (fsyncs of the
 * other writes under way), and a process paused there runs it on resuming
 * before any JavaScript can ask the lock again. Done synchronously right
 * after the check, nothing stands between the two but the pause itself
 * landing between two system calls. A rename or an append of one line costs
 * microseconds, so the main thread does not notice.
 */

/** Renames `from` to `to` (the step that makes a write visible) only while writes under `to` are allowed. */
export function renameIfAllowed(from: string, to: string): void {
  assertWritesAllowed(to);
  try {
    renameSync(from, to);
  } catch (error) {
    // `from` gone: paused right here, this process lost the lock, and its successor cleared our temp files (removeStaleTempFiles). Say so.
    if (errnoCode(error) === 'ENOENT') assertWritesAllowed(to);
    throw error;
  }
}

/** Writes `bytes` to the open file `fd` of `path` only while writes under `path` are allowed. */
export function writeIfAllowed(path: string, fd: number, bytes: Uint8Array): void {
  assertWritesAllowed(path);
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** Cuts the open file `fd` of `path` to `length` only while writes under `path` are allowed (a successor's lines are never cut). */
export function truncateIfAllowed(path: string, fd: number, length: number): void {
  assertWritesAllowed(path);
  ftruncateSync(fd, length);
}

/**
 * Removes a file (at once, like a rename) or a whole folder, only while
 * writes under it are allowed: a Gloss that lost its lock and then finds its
 * own save failed must not remove what its successor wrote under the same
 * name. A folder's removal is asynchronous (it may be large); it is only
 * ever one the user asked to delete, or this process's own staging.
 */
export async function removeIfAllowed(path: string, options: { recursive?: boolean } = {}): Promise<void> {
  assertWritesAllowed(path);
  if (options.recursive) await rm(path, { recursive: true, force: true });
  else rmSync(path, { force: true });
}
