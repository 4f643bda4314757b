import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { mkdir, rm, rmdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { DataDirLockedError, isLocked } from './dataDirLockedError';
import { claimed } from './lockClaim';
import { holderIsGone, isProcessAlive, readLockOwner, readLockOwnerSync, writeLockOwner, type LockOwner } from './lockOwner';
import { guardWrites, unguardWrites } from './writeFence';

export { DataDirLockedError } from './dataDirLockedError';

/** How long a lock goes unrefreshed before another process may take it (proper-lockfile refreshes it every half of this). */
export const DEFAULT_LOCK_STALE_MS = 10_000;

/** The one-writer lock of a data directory, as its holder sees it. */
export interface DataDirLock {
  /** Whether the lock is still this holder's: not lost, and its owner record still carries our token. */
  isStillHeld(): Promise<boolean>;
  /** Gives the lock up without touching it on disk: another process holds it now, and its files are its own. */
  disown(): Promise<void>;
  /** Releases the lock (a lost or disowned one is left alone). */
  release(): Promise<void>;
}

export interface LockDataDirOptions {
  /** A lock not refreshed for this long is stale and may be taken by another process. @default DEFAULT_LOCK_STALE_MS */
  staleMs?: number;
  /** Called once if the lock is lost while held: it could not be refreshed, or another process took it. */
  onCompromised?: (error: Error) => void;
}

const LOCK_NAME = 'gloss.lock';
/** Beside the lock folder, not inside it: proper-lockfile removes the folder with rmdir, which needs it empty. */
const OWNER_NAME = 'gloss.lock.owner.json';
/** Where a data directory's lock holder is recorded, for a door that names the holder when refused. */
export function lockOwnerPath(dataDir: string): string {
  return join(dataDir, OWNER_NAME);
}

/**
 * Takes the one-writer lock of a data directory (creating the directory).
 * The lock is refreshed while held and goes stale after `staleMs` if its
 * holder stops (crashed, paused); a holder that is known dead — same
 * machine, its pid gone — is taken over at once. While it is held, every
 * write under the directory first checks that the owner record is still
 * this holder's (see writeFence.ts), so a holder that was paused past the
 * stale time writes nothing over its successor's files when it resumes.
 */
export async function lockDataDir(dataDir: string, options: LockDataDirOptions = {}): Promise<DataDirLock> {
  const { staleMs = DEFAULT_LOCK_STALE_MS, onCompromised = (error) => console.error(`Gloss lost the lock on ${dataDir}: ${error.message}`) } = options;
  await mkdir(dataDir, { recursive: true });
  const lockPath = join(dataDir, LOCK_NAME);
  const ownerPath = lockOwnerPath(dataDir);
  const me: LockOwner = { pid: process.pid, hostname: hostname(), token: randomUUID(), since: new Date().toISOString() };
  let held = true;
  // proper-lockfile removes its folder on release and at process exit; once the lock is no longer ours, it must not.
  const guardedFs = {
    ...fs,
    rmdir: (path: string, callback: (error: Error | null) => void) => (held ? fs.rmdir(path, callback) : callback(null)),
    rmdirSync: (path: string) => {
      if (held) fs.rmdirSync(path);
    },
  };
  const take = () =>
    lockfile.lock(dataDir, {
      lockfilePath: lockPath,
      stale: staleMs,
      realpath: false,
      fs: guardedFs,
      onCompromised: (error) => {
        if (!held) return;
        held = false;
        onCompromised(error);
      },
    });

  const releaseLock = await claimed(dataDir, async () => {
    let release: () => Promise<void>;
    try {
      release = await take();
    } catch (error) {
      if (!isLocked(error)) throw error;
      if (!holderIsGone(await readLockOwner(ownerPath), me.hostname, isProcessAlive)) throw new DataDirLockedError(dataDir);
      // Its holder died without releasing it (kill -9, a crash): no need to wait for it to go stale.
      await rmdir(lockPath).catch((removeError: NodeJS.ErrnoException) => {
        if (removeError.code !== 'ENOENT') throw removeError;
      });
      release = await take().catch((retryError: unknown) => {
        throw isLocked(retryError) ? new DataDirLockedError(dataDir) : retryError;
      });
    }
    try {
      await writeLockOwner(ownerPath, me);
    } catch (error) {
      await release();
      throw error;
    }
    return release;
  });
  // From now on every write under the directory first checks that the owner record is still ours.
  guardWrites(dataDir, () => held && readLockOwnerSync(ownerPath)?.token === me.token);

  /** Makes proper-lockfile forget the lock (stop refreshing it) without removing anything. */
  const forget = async (): Promise<void> => {
    held = false;
    unguardWrites(dataDir);
    await releaseLock().catch(() => undefined); // already forgotten if proper-lockfile saw it compromised
  };
  return {
    isStillHeld: async () => held && (await readLockOwner(ownerPath))?.token === me.token,
    disown: forget,
    release: async () => {
      // Taken over before proper-lockfile noticed: the folder and the record are the newcomer's now.
      if (!held || (await readLockOwner(ownerPath))?.token !== me.token) return forget();
      // The record goes first: were the folder removed first, a newcomer's record could be deleted instead.
      unguardWrites(dataDir);
      await rm(ownerPath, { force: true });
      await releaseLock();
      held = false;
    },
  };
}
