import { hostname } from 'node:os';
import { GlossError } from '../../shared/contract';
import { openCore, type Core } from '../../core/openCore';
import { DataDirLockedError, lockOwnerPath } from '../../core/storage/dataDirLock';
import { readLockOwner, type LockOwner } from '../../core/storage/lockOwner';
import type { CoreSettings } from './libraryAccess';

/**
 * Opens the core on the library itself, taking its lock. While another Gloss
 * holds it, the refusal names that process (from the lock's owner record)
 * and says that the read commands still work.
 */
export async function openForWriting(dataDir: string, command: string, settings: CoreSettings): Promise<Core> {
  try {
    return await openCore({ dataDir, ...settings });
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    const owner = await readLockOwner(lockOwnerPath(dataDir)).catch(() => null);
    throw new GlossError(
      'conflict',
      `${describeHolder(owner)} is already using the data directory ${dataDir}, and gloss ${command} changes the library: ` +
        'close that Gloss first (gloss list, text and export work while it runs).',
    );
  }
}

/** "Another Gloss (process 4242, since …)", with the host when it is another machine. */
function describeHolder(owner: LockOwner | null): string {
  if (!owner) return 'Another Gloss';
  const where = owner.hostname === hostname() ? '' : ` on ${owner.hostname}`;
  return `Another Gloss (process ${owner.pid}${where}, since ${owner.since})`;
}
