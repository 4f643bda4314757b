import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** Another Gloss process already writes this data directory. */
export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `Another Gloss is already using the data directory ${dataDir}. ` +
        'Close it first, or start this one with --data-dir pointing elsewhere.',
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * Takes the one-writer lock of a data directory (creating the directory).
 * The lock is refreshed while held and goes stale if the process dies, so a
 * crash never locks the user out for longer than `staleMs`.
 */
export async function lockDataDir(
  dataDir: string,
  staleMs = 10_000,
  onCompromised: (error: Error) => void = (error) => console.error(`Gloss lost the lock on ${dataDir}: ${error.message}`),
): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: join(dataDir, 'gloss.lock'),
      stale: staleMs,
      realpath: false,
      onCompromised,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
    throw error;
  }
}
