import { useRef, useState, type ChangeEvent } from 'react';
import type { SnapshotSummary } from '../../shared/contract';
import { api } from '../api/glossApi';
import { ApiError } from '../api/unwrapOutcome';
import { bytesFromBase64, saveFile } from '../export/saveFile';
import { readAsBase64 } from '../import/fileSource';

/** A backup file chosen for restoring, waiting for the user's yes because the library holds their work. */
interface PendingRestore {
  fileName: string;
  data: string;
  why: string;
}

/**
 * Backup files: the whole library saved as one file, and a library put back
 * from one. Restoring over a library that holds the user's work asks first;
 * either way the library as it was is kept as a snapshot, so it can be undone.
 */
export function BackupFiles({ onRestored }: { onRestored: (result: { restored: SnapshotSummary; before: SnapshotSummary }) => void }) {
  const picker = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);

  const saveBackup = async (): Promise<void> => {
    setBusy('Saving a backup file…');
    setProblem(null);
    try {
      const backup = await api['backup:create']({});
      saveFile(backup.fileName, bytesFromBase64(backup.data), backup.mediaType);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const restore = async (fileName: string, data: string, replace: boolean): Promise<void> => {
    setBusy(`Restoring from ${fileName}…`);
    setProblem(null);
    try {
      onRestored(await api['backup:restore']({ fileName, data, replace }));
      setPending(null);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') setPending({ fileName, data, why: error.message });
      else setProblem((error as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const chosen = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      await restore(file.name, await readAsBase64(file), false);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <section className="backup-files" aria-labelledby="backup-files-title">
      <h3 id="backup-files-title">Backup files</h3>
      <p className="backup-meta">One file with every document, text version, highlight, tag, card, review and setting. Keep it somewhere else; restore it on any machine.</p>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {busy && <p role="status">{busy}</p>}
      {pending ? (
        <div className="backup-confirm">
          <p id="backup-file-confirm">{pending.why}</p>
          <div className="confirm-actions">
            <button type="button" className="secondary-button" autoFocus onClick={() => setPending(null)}>
              Keep the library as it is
            </button>
            <button type="button" className="danger-button" aria-describedby="backup-file-confirm" onClick={() => void restore(pending.fileName, pending.data, true)} disabled={busy !== null}>
              Replace the library with the backup
            </button>
          </div>
        </div>
      ) : (
        <div className="confirm-actions">
          <button type="button" className="secondary-button" onClick={() => void saveBackup()} disabled={busy !== null}>
            Save a backup file…
          </button>
          <button type="button" className="secondary-button" onClick={() => picker.current?.click()} disabled={busy !== null}>
            Restore from a backup file…
          </button>
          <input ref={picker} type="file" accept=".glossbackup,application/zip" hidden aria-label="Backup file to restore" onChange={(event) => void chosen(event)} />
        </div>
      )}
    </section>
  );
}

