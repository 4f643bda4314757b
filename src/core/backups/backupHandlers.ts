import type { SnapshotSummary } from '../../shared/contract';
import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';
import { describeTime } from '../storage/versionedFile';
import { listSnapshots } from './listSnapshots';
import { BACKUP_EXTENSION } from './backupArchive';
import { restoreBackupFile } from './restoreBackupFile';
import { restoreSnapshot } from './restoreSnapshot';
import { writeBackupFile } from './writeBackupFile';
import type { SnapshotManifest } from './snapshotManifest';

/** The Backups screen's calls: the snapshots kept, and putting the library back as one had it. */
export function backupHandlers(ctx: CoreContext): Handlers<'backups:list' | 'backups:restore' | 'backup:create' | 'backup:restore'> {
  return {
    'backups:list': async () => ({ snapshots: (await listSnapshots(ctx.dataDir)).map(({ manifest }) => summaryOf(manifest)) }),
    'backups:restore': async ({ id }) => {
      const { restored, before } = await restoreSnapshot(ctx, id);
      ctx.notices.raise(
        'info',
        `The library was restored to the snapshot taken ${describeTime(new Date(restored.takenAt))}. ` +
          `How it was just before is kept as the snapshot taken ${describeTime(new Date(before.takenAt))}; restore that to undo.`,
      );
      ctx.events.emit('library:changed', {});
      return { restored: summaryOf(restored), before: summaryOf(before) };
    },
    'backup:create': async () => {
      const { bytes, manifest, counts } = await writeBackupFile(ctx);
      return {
        fileName: `gloss-backup-${manifest.id}.${BACKUP_EXTENSION}`,
        mediaType: 'application/zip',
        data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
        counts: { documents: manifest.documents.length, ...counts },
      };
    },
    'backup:restore': async ({ fileName, data, replace }) => {
      const { restored, before, createdAt } = await restoreBackupFile(ctx, fileName, Buffer.from(data, 'base64'), replace ?? false);
      ctx.notices.raise(
        'info',
        `The library was restored from ${fileName} (made ${describeTime(new Date(createdAt))}). ` +
          `How it was just before is kept as the snapshot taken ${describeTime(new Date(before.takenAt))}; restore that to undo.`,
      );
      ctx.events.emit('library:changed', {});
      return { restored: summaryOf(restored), before: summaryOf(before), backupCreatedAt: createdAt };
    },
  };
}

function summaryOf(manifest: SnapshotManifest): SnapshotSummary {
  return { id: manifest.id, takenAt: manifest.takenAt, reason: manifest.reason, documents: manifest.documents };
}
