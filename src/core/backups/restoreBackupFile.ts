import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { GlossError } from '../../shared/contract';
import type { CoreContext } from '../context';
import { BUNDLED_INTERVIEW } from '../firstLaunch';
import { writeDurably } from '../storage/writeFileAtomic';
import { readBackupFile } from './readBackupFile';
import { restoreSnapshot } from './restoreSnapshot';
import { backupsDir, snapshotIdFor, type SnapshotManifest } from './snapshotManifest';
import { PARTIAL_SNAPSHOT_PREFIX, publishSnapshot } from './takeSnapshot';

/**
 * Whether the library holds anything of the user's: a document other than
 * the untouched bundled interview, or any highlight or card. Restoring over
 * such a library must be asked for.
 */
export async function libraryHasUserWork(ctx: CoreContext): Promise<boolean> {
  for (const summary of ctx.library.documents) {
    if (summary.title !== BUNDLED_INTERVIEW.title || summary.source !== BUNDLED_INTERVIEW.source) return true;
    const doc = await ctx.documents.get(summary.id).catch(() => null);
    if (!doc || doc.annotations.length > 0 || doc.cards.length > 0 || doc.textVersions.length > 1) return true;
  }
  return false;
}

/**
 * Restores the whole library from a backup file. The file is read and
 * checked whole first; unless `replace` is set, a library holding the
 * user's work is refused (the caller asks first). The backup becomes a
 * snapshot of its own, and the snapshot restore does the rest: every file
 * checked and upgraded, the present kept as a snapshot (`before`) to undo.
 */
export async function restoreBackupFile(ctx: CoreContext, fileName: string, bytes: Uint8Array, replace: boolean): Promise<{ restored: SnapshotManifest; before: SnapshotManifest; createdAt: string }> {
  const backup = readBackupFile(fileName, bytes);
  if (!replace && (await libraryHasUserWork(ctx))) {
    throw new GlossError('conflict', `The library is not empty: restoring ${fileName} replaces every document, highlight and card in it with the backup's. Confirm to go on (the library as it is now is kept as a snapshot).`);
  }
  const root = backupsDir(ctx.dataDir);
  const when = ctx.now();
  const staging = join(root, `${PARTIAL_SNAPSHOT_PREFIX}${snapshotIdFor(when)}-${randomBytes(4).toString('hex')}`);
  let published: SnapshotManifest;
  try {
    await mkdir(join(staging, 'documents'), { recursive: true });
    for (const [path, content] of backup.files) {
      const destination = join(staging, ...path.split('/'));
      await mkdir(dirname(destination), { recursive: true });
      await writeDurably(destination, content);
    }
    const { id: _id, ...rest } = backup.manifest;
    published = await publishSnapshot(root, staging, { ...rest, takenAt: when.toISOString(), reason: 'from-backup-file' }, when);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const { restored, before } = await restoreSnapshot(ctx, published.id);
  return { restored, before, createdAt: backup.marker.createdAt };
}
