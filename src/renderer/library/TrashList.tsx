import { useState } from 'react';
import { TRASH_DAYS, type DocumentSummary } from '../../shared/contract';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatCount, formatDate } from '../format';
import { glossStore } from '../store/useGloss';
import { daysLeftInTrash } from './libraryRows';

/** A question waiting for an answer: one document to delete for good, or the whole Trash. */
type Question = { kind: 'one'; doc: DocumentSummary } | { kind: 'all' } | null;

/** "in 29 days", "today". */
function removalIn(doc: DocumentSummary, now: number): string {
  const days = daysLeftInTrash(doc.trashedAt!, now, TRASH_DAYS);
  return days === 0 ? 'today' : `in ${formatCount(days, 'day')}`;
}

/** The Trash: documents moved there, each restorable or deleted for good (asked first), and the whole Trash emptied. */
export function TrashList({ documents }: { documents: readonly DocumentSummary[] }) {
  const [question, setQuestion] = useState<Question>(null);
  const [now] = useState(() => Date.now());
  const { restoreDocument, deleteForever, emptyTrash } = glossStore.getState();
  const answer = (): void => {
    if (question?.kind === 'one') void deleteForever(question.doc.id);
    if (question?.kind === 'all') void emptyTrash();
    setQuestion(null);
  };
  return (
    <>
      <div className="library-toolbar">
        <p className="trash-note">Documents in the Trash keep their highlights and cards. Each is deleted for good {TRASH_DAYS} days after it was moved here.</p>
        <button type="button" className="danger-button" disabled={documents.length === 0} onClick={() => setQuestion({ kind: 'all' })}>
          Empty Trash
        </button>
      </div>
      {documents.length === 0 ? (
        <p className="library-empty">The Trash is empty.</p>
      ) : (
        <div className="library-table-frame">
          <table className="library-table trash-table" aria-label="Trash">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Moved to the Trash</th>
                <th scope="col">Deleted for good</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {documents.map((doc) => (
                <tr key={doc.id}>
                  <td className="library-title">
                    <span className="library-title-text">{doc.title}</span>
                  </td>
                  <td className="library-date">{formatDate(doc.trashedAt!)}</td>
                  <td className="library-date">{removalIn(doc, now)}</td>
                  <td className="trash-actions">
                    <button type="button" className="secondary-button" aria-label={`Restore ${doc.title}`} onClick={() => void restoreDocument(doc.id)}>
                      Restore
                    </button>
                    <button type="button" className="danger-button" aria-label={`Delete forever ${doc.title}`} onClick={() => setQuestion({ kind: 'one', doc })}>
                      Delete forever
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={question !== null}
        title={question?.kind === 'one' ? `Delete “${question.doc.title}” for good?` : 'Empty the Trash?'}
        message={
          question?.kind === 'one'
            ? 'The document, its highlights, notes and cards are deleted now. Only a backup taken before can bring them back.'
            : `${documents.length === 1 ? 'The one document there, with its highlights, notes and cards, is' : `All ${documents.length} documents there, with their highlights, notes and cards, are`} deleted now. Only a backup taken before can bring them back.`
        }
        confirmLabel={question?.kind === 'one' ? 'Delete forever' : 'Empty Trash'}
        cancelLabel="Keep"
        onConfirm={answer}
        onCancel={() => setQuestion(null)}
      />
    </>
  );
}
