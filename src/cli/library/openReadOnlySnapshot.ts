import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../core/openCore';
import { isProcessAlive } from '../../core/storage/lockOwner';
import { copyReadOnlySnapshot } from './copyReadOnlySnapshot';
import { makeReadSnapshotFolder, removeAbandonedReadSnapshots } from './readSnapshotFolders';
import type { CoreSettings } from './libraryAccess';

/**
 * Opens the core on a copy of the library in a temporary folder (see
 * copyReadOnlySnapshot), removed again on close (or, if this process is
 * killed first, by the next read command: see readSnapshotFolders). The core takes the copy's
 * lock, not the library's, so this works while Gloss has the library open;
 * whatever the core writes as it opens (recovery, housekeeping, notices)
 * stays in the copy.
 */
export async function openReadOnlySnapshot(dataDir: string, settings: CoreSettings): Promise<Core> {
  await removeAbandonedReadSnapshots(tmpdir(), isProcessAlive);
  const temp = await makeReadSnapshotFolder(tmpdir());
  const removeTemp = () => rm(temp, { recursive: true, force: true });
  try {
    const copy = join(temp, 'library');
    await copyReadOnlySnapshot(dataDir, copy);
    const core = await openCore({ dataDir: copy, ...settings });
    return {
      dataDir: core.dataDir,
      events: core.events,
      call: core.call,
      close: async () => {
        try {
          await core.close();
        } finally {
          await removeTemp();
        }
      },
    };
  } catch (error) {
    await removeTemp();
    throw error;
  }
}
