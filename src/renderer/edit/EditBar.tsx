import { keyHint } from '../actions/keyHints';
import type { EditSession } from '../workspace/useEditSession';

/** "Edit text" while reading; Save and Cancel while editing, with what state the edits are in. */
export function EditBar({ session }: { session: EditSession }) {
  const { edit, stop } = session;
  if (!edit.editing) {
    return (
      <div className="edit-bar">
        <button type="button" className="secondary-button" onClick={edit.start} {...keyHint('editing.start', 'Correct the text')}>
          Edit text
        </button>
      </div>
    );
  }
  return (
    <div className="edit-bar is-editing" role="region" aria-label="Editing the text">
      <p role="status">{edit.saving ? 'Saving a new version…' : edit.dirty ? 'Editing — unsaved changes' : 'Editing — no changes yet'}</p>
      <button type="button" className="secondary-button" onClick={stop} {...keyHint('editing.stop', 'Stop editing')}>
        Cancel
      </button>
      <button type="button" className="primary-button" onClick={() => void edit.save()} disabled={edit.saving} {...keyHint('editing.save', 'Save as a new version')}>
        Save text
      </button>
    </div>
  );
}
