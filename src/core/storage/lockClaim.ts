/**
 * The claim: a second, short-lived lock file in the data directory, under
 * which lockDataDir takes (or takes over) the directory's own lock.
 */
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { DataDirLockedError, isLocked } from './dataDirLockedError';

/** Held for a moment around taking the lock, so two starting Glosses never both judge its holder dead. */
const CLAIM_NAME = 'gloss.lock.claim';

/** Runs `work` while holding the short claim lock of the data directory. */
export async function claimed<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const claimPath = join(dataDir, CLAIM_NAME);
  let releaseClaim: () => Promise<void>;
  try {
    // A claim left by a crash goes stale after 2 s (proper-lockfile's minimum); the retries outlast that.
    releaseClaim = await lockfile.lock(claimPath, {
      lockfilePath: claimPath,
      stale: 2_000,
      realpath: false,
      retries: { retries: 40, minTimeout: 20, maxTimeout: 100 },
      onCompromised: () => undefined,
    });
  } catch (error) {
    if (isLocked(error)) throw new DataDirLockedError(dataDir);
    throw error;
  }
  try {
    return await work();
  } finally {
    await releaseClaim().catch(() => undefined);
  }
}
