import { useId, useRef } from 'react';
import { useModalDialog } from '../hooks/useModalDialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question with two answers; Esc answers with cancel, and cancel has the focus first. */
export function ConfirmDialog({ open, title, message, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  const dialog = useModalDialog(open, () => cancel.current?.focus());
  // Several questions can be mounted at once (the reader's, the library's): their ids must differ.
  const id = useId();
  return (
    <dialog ref={dialog} className="sheet confirm" aria-labelledby={`${id}-title`} aria-describedby={`${id}-message`} onClose={onCancel}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-message`}>{message}</p>
      <div className="confirm-actions">
        <button type="button" ref={cancel} className="secondary-button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="danger-button" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
