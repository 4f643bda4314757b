/**
 * How taking a data directory's lock is refused: proper-lockfile's "already
 * locked" error, and the one a door shows the user for it (a door imports
 * it from dataDirLock.ts).
 */

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

/** Whether proper-lockfile refused a lock because another process holds it. */
export function isLocked(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ELOCKED';
}
