import type { ReactNode } from 'react';
import { useModalDialog } from '../hooks/useModalDialog';
import type { AppDialog } from '../../shared/actions';
import { glossStore, useGloss } from '../store/useGloss';

interface SheetProps {
  /** The app dialog this sheet shows: it is open while the store says so. */
  name: AppDialog;
  title: string;
  /** The close button's accessible name ("Close backups"). */
  closeLabel: string;
  className?: string;
  /** What the sheet holds, given the way to close it; asked for only while open, so it is read afresh each time. */
  children: (close: () => void) => ReactNode;
}

/**
 * A modal sheet of the app (backups, export, shortcuts): a titled dialog
 * with a close button, which Esc closes too.
 */
export function Sheet({ name, title, closeLabel, className, children }: SheetProps) {
  const open = useGloss((s) => s.dialog === name);
  const close = (): void => glossStore.getState().closeDialog(name);
  const dialog = useModalDialog(open);
  const titleId = `${name}-title`;
  return (
    <dialog ref={dialog} className={className ? `sheet ${className}` : 'sheet'} aria-labelledby={titleId} onClose={close}>
      <header className="sheet-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" onClick={close} aria-label={closeLabel}>
          ✕
        </button>
      </header>
      {open && children(close)}
    </dialog>
  );
}
