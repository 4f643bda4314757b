import { useId, useRef, useState, type FormEvent } from 'react';
import { IS_MAC } from '../actions/keyHints';
import { useModalDialog } from '../hooks/useModalDialog';
import { glossStore, useGloss } from '../store/useGloss';

/**
 * Asked for when the clipboard cannot be read (a refused permission, the
 * desktop app's policy): a field to paste into with Ctrl+V, imported as a new
 * document like the clipboard's text would have been.
 */
export function PasteDialog() {
  const open = useGloss((s) => s.dialog === 'paste');
  const field = useRef<HTMLTextAreaElement>(null);
  const dialog = useModalDialog(open, () => field.current?.focus());
  const [text, setText] = useState('');
  const id = useId();
  const close = (): void => {
    setText('');
    glossStore.getState().closeDialog('paste');
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!text.trim()) return;
    glossStore.getState().importText(text);
    close();
  };
  return (
    <dialog ref={dialog} className="sheet paste-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-why`} onClose={close}>
      <form onSubmit={submit}>
        <header className="sheet-header">
          <h2 id={`${id}-title`}>New document from pasted text</h2>
        </header>
        <div className="paste-body">
          <p id={`${id}-why`}>Gloss could not read the clipboard here. Paste the text into the field ({IS_MAC ? 'Cmd' : 'Ctrl'}+V), then choose Import. The first line becomes its title.</p>
          <label htmlFor={`${id}-text`}>Text to import</label>
          <textarea id={`${id}-text`} ref={field} rows={10} value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <div className="confirm-actions paste-actions">
          <button type="button" className="secondary-button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary-button" disabled={!text.trim()}>
            Import
          </button>
        </div>
      </form>
    </dialog>
  );
}
