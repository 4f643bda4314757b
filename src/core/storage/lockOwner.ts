import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './writeFileAtomic';

/**
 * Who holds a data directory's lock, written by the holder beside
 * proper-lockfile's lock folder. The pid and host tell a lock left by a dead
 * process from one held by a live (maybe paused) one; the token, fresh per
 * lock, tells the holder whether the lock is still its own.
 */
export const LockOwner = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  token: z.string().min(1),
  since: z.string(),
});
export type LockOwner = z.infer<typeof LockOwner>;

/** The owner record, or null when there is none or it cannot be read as one. */
export async function readLockOwner(path: string): Promise<LockOwner | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return parseLockOwner(text);
}

/**
 * The same, read synchronously: the write guard (see writeFence.ts) asks it
 * right before a file is replaced, with no await between the answer and the
 * rename.
 */
export function readLockOwnerSync(path: string): LockOwner | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return parseLockOwner(text);
}

function parseLockOwner(text: string): LockOwner | null {
  try {
    const parsed = LockOwner.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the owner record atomically, so a reader never sees half of it. */
export function writeLockOwner(path: string, owner: LockOwner): Promise<void> {
  return writeFileAtomic(path, JSON.stringify(owner));
}

/** Whether a process with this pid exists on this machine (one we may not signal still exists). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Whether the recorded holder is known to be dead: it ran on this machine
 * and its pid is gone. Anything less certain (no record, another host, a
 * live or stopped process) is not dead, and waits for the lock to go stale.
 */
export function holderIsGone(owner: LockOwner | null, thisHost: string, isAlive: (pid: number) => boolean): boolean {
  return owner !== null && owner.hostname === thisHost && !isAlive(owner.pid);
}
