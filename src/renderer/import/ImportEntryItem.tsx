import type { DuplicateAnswer } from '../store/types';
import type { ImportEntry } from './importEntry';

interface ImportEntryItemProps {
  entry: ImportEntry;
  onCancel: () => void;
  onOpen: (id: string) => void;
  onAnswer: (answer: DuplicateAnswer) => void;
}

/** What an entry's line says. */
function statusText(entry: ImportEntry): string {
  switch (entry.status) {
    case 'waiting':
      return 'Waiting…';
    case 'reading':
      return 'Reading the file…';
    case 'importing':
      return entry.progress === null ? 'Importing…' : `Importing… ${Math.round(entry.progress * 100)}%`;
    case 'added':
      return `Added as “${entry.document?.title}”`;
    case 'cancelled':
      return 'Cancelled; nothing was added.';
    case 'skipped':
      return 'Skipped; nothing was added.';
    case 'failed':
      return entry.error ?? 'It could not be imported.';
    case 'duplicate':
      return entry.existing?.trashedAt
        ? `${entry.fileName} is in the Trash as “${entry.existing.title}”.`
        : `${entry.fileName} is already in your library as “${entry.existing?.title}”.`;
  }
}

/** One file in the import tray: its progress and Cancel while under way, then what became of it (Open, the reason, or the duplicate question). */
export function ImportEntryItem({ entry, onCancel, onOpen, onAnswer }: ImportEntryItemProps) {
  const underWay = entry.status === 'waiting' || entry.status === 'reading' || entry.status === 'importing';
  const inTrash = entry.existing?.trashedAt !== undefined;
  return (
    <li className={`import-entry is-${entry.status}`}>
      <div className="import-entry-head">
        <span className="import-file-name">{entry.fileName}</span>
        {underWay && (
          <button type="button" className="link-button" aria-label={`Cancel importing ${entry.fileName}`} onClick={onCancel}>
            Cancel
          </button>
        )}
        {entry.status === 'added' && entry.document && (
          <button type="button" className="link-button" aria-label={`Open ${entry.document.title}`} onClick={() => onOpen(entry.document!.id)}>
            Open
          </button>
        )}
      </div>
      {underWay && <progress className="import-progress" max={1} value={entry.progress ?? undefined} aria-label={`Importing ${entry.fileName}`} />}
      <p className="import-status" role={entry.status === 'failed' ? 'alert' : 'status'}>
        {statusText(entry)}
      </p>
      {entry.status === 'duplicate' && (
        <div className="import-question" role="group" aria-label={`${entry.fileName} is already in the library`}>
          <button type="button" className="secondary-button" onClick={() => onAnswer(inTrash ? 'restore' : 'open')}>
            {inTrash ? 'Restore' : 'Open it'}
          </button>
          <button type="button" className="secondary-button" onClick={() => onAnswer('add')}>
            Add again
          </button>
          <button type="button" className="secondary-button" onClick={() => onAnswer('skip')}>
            Skip
          </button>
        </div>
      )}
    </li>
  );
}
