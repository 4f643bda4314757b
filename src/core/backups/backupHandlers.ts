import type { SnapshotSummary } from '../../shared/contract';
import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';
import { describeTime } from '../storage/versionedFile';
import { listSnapshots } from './listSnapshots';
import { restoreSnapshot } from './restoreSnapshot';
import type { SnapshotManifest } from './snapshotManifest';

/** The Backups screen's calls: the snapshots kept, and putting the library back as one had it. */
export function backupHandlers(ctx: CoreContext): Handlers<'backups:list' | 'backups:restore'> {
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
  };
}

function summaryOf(manifest: SnapshotManifest): SnapshotSummary {
  return { id: manifest.id, takenAt: manifest.takenAt, reason: manifest.reason, documents: manifest.documents };
}
