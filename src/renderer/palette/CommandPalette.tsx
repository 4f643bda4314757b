import { useModalDialog } from '../hooks/useModalDialog';
import { glossStore, useGloss } from '../store/useGloss';
import { PaletteSearch } from './PaletteSearch';

/**
 * The command palette (Mod+K, Mod+Shift+P): every action that applies where
 * the keyboard was, and the library's documents, found by typing. A modal
 * dialog: Esc closes it and the keyboard goes back where it was.
 */
export function CommandPalette() {
  const open = useGloss((s) => s.dialog === 'palette');
  const dialog = useModalDialog(open);
  /** Closes the dialog at once (the keyboard goes back where it was), before a chosen action runs there. */
  const close = (): void => dialog.current?.close();
  return (
    <dialog ref={dialog} className="palette" aria-label="Command palette" onClose={() => glossStore.getState().closeDialog('palette')}>
      {open && <PaletteSearch close={close} />}
    </dialog>
  );
}
