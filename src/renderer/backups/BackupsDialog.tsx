import { useState } from 'react';
import type { SnapshotReason, SnapshotSummary } from '../../shared/contract';
import { api } from '../api/glossApi';
import { useApiQuery } from '../api/useApiQuery';
import { formatCount, formatDateTime, shortened } from '../format';
import { Sheet } from '../components/Sheet';
import { glossStore } from '../store/useGloss';
import { announceUndoable } from '../undo/announce';
import { BackupFiles } from './BackupFiles';

const REASONS: Record<SnapshotReason, string> = {
  activity: 'after changes',
  close: 'when Gloss closed',
  'before-restore': 'just before a restore',
  'backup-file': 'for a backup file',
  'from-backup-file': 'read from a backup file',
};

/** After a restore: the library read afresh, and a message whose Undo restores the snapshot taken just before. */
function announceRestore({ restored, before }: { restored: SnapshotSummary; before: SnapshotSummary }): void {
  const { loadLibrary, feedback } = glossStore.getState();
  void loadLibrary();
  announceUndoable(feedback, `The library is as it was on ${formatDateTime(restored.takenAt)}`, 'The library is as it was before the restore', async () => {
    await api['backups:restore']({ id: before.id });
    await glossStore.getState().loadLibrary();
  });
}

/**
 * The whole-library snapshots, newest first, each restorable after a
 * question. A restore first snapshots the present, so it can be taken back.
 * The list is read anew each time the sheet opens.
 */
export function BackupsDialog() {
  return (
    <Sheet name="backups" title="Backups" closeLabel="Close backups" className="backups">
      {(close) => (
        <>
          <SnapshotList onClose={close} />
          <BackupFiles
            onRestored={(result) => {
              announceRestore(result);
              close();
            }}
          />
        </>
      )}
    </Sheet>
  );
}

/** The snapshots and the question before a restore. */
function SnapshotList({ onClose }: { onClose: () => void }) {
  const listed = useApiQuery([], () => api['backups:list']({}), { report: false });
  const snapshots = listed.data?.snapshots ?? null;
  const [failure, setFailure] = useState<string | null>(null);
  const problem = failure ?? listed.error;
  const [asking, setAsking] = useState<SnapshotSummary | null>(null);
  const [restoring, setRestoring] = useState(false);

  const restore = async (snapshot: SnapshotSummary): Promise<void> => {
    setRestoring(true);
    try {
      announceRestore(await api['backups:restore']({ id: snapshot.id }));
      onClose();
    } catch (error) {
      setFailure((error as Error).message);
      setAsking(null);
    } finally {
      setRestoring(false);
    }
  };

  return (
    <>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {asking ? (
        <div className="backup-confirm">
          <p id="backup-confirm-message">
            Put the whole library back as it was on {formatDateTime(asking.takenAt)}? Gloss first keeps a snapshot of the library as it
            is now, so you can go back.
          </p>
          <div className="confirm-actions">
            <button type="button" className="secondary-button" autoFocus onClick={() => setAsking(null)} disabled={restoring}>
              Keep the library as it is
            </button>
            <button type="button" className="danger-button" onClick={() => void restore(asking)} disabled={restoring} aria-describedby="backup-confirm-message">
              {restoring ? 'Restoring…' : 'Restore this snapshot'}
            </button>
          </div>
        </div>
      ) : snapshots === null ? (
        !problem && <p role="status">Reading the snapshots…</p>
      ) : snapshots.length === 0 ? (
        <p className="panel-empty">No snapshots yet. Gloss takes a snapshot ten minutes after you change something, and another when it closes.</p>
      ) : (
        <ul className="backup-list" aria-label="Snapshots">
          {snapshots.map((snapshot) => (
            <li key={snapshot.id} className="backup-row">
              <div>
                <p className="backup-time">{formatDateTime(snapshot.takenAt)}</p>
                <p className="backup-meta">
                  {REASONS[snapshot.reason]} · {formatCount(snapshot.documents.length, 'document')}
                  {snapshot.documents.length > 0 && `: ${snapshot.documents.slice(0, 3).map((doc) => shortened(doc.title, 40)).join('; ')}${snapshot.documents.length > 3 ? '…' : ''}`}
                </p>
              </div>
              <button type="button" className="secondary-button" onClick={() => setAsking(snapshot)} aria-label={`Restore the library as of ${formatDateTime(snapshot.takenAt)}`}>
                Restore…
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
