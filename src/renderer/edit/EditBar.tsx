interface EditBarProps {
  editing: boolean;
  dirty: boolean;
  saving: boolean;
  onStart: () => void;
  onSave: () => void;
  onCancel: () => void;
}

/** "Edit text" while reading; Save and Cancel while editing, with what state the edits are in. */
export function EditBar({ editing, dirty, saving, onStart, onSave, onCancel }: EditBarProps) {
  if (!editing) {
    return (
      <div className="edit-bar">
        <button type="button" className="secondary-button" onClick={onStart} title="Correct the text (E)">
          Edit text
        </button>
      </div>
    );
  }
  return (
    <div className="edit-bar is-editing" role="region" aria-label="Editing the text">
      <p role="status">{saving ? 'Saving a new version…' : dirty ? 'Editing — unsaved changes' : 'Editing — no changes yet'}</p>
      <button type="button" className="secondary-button" onClick={onCancel} title="Stop editing (Esc)">
        Cancel
      </button>
      <button type="button" className="primary-button" onClick={onSave} disabled={saving} title="Save as a new version (Ctrl+S)">
        Save text
      </button>
    </div>
  );
}
