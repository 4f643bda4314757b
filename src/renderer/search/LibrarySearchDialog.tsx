import { useModalDialog } from '../hooks/useModalDialog';
import { glossStore, useGloss } from '../store/useGloss';
import { SearchPanel } from './SearchPanel';

/**
 * The library search (Mod+Shift+F): the text, notes, tags and cards of every
 * document, hits grouped by document. A modal dialog: Esc closes it and the
 * keyboard goes back where it was; opening a hit takes it to the reader.
 */
export function LibrarySearchDialog() {
  const open = useGloss((s) => s.dialog === 'search');
  const dialog = useModalDialog(open);
  const close = (): void => dialog.current?.close();
  return (
    <dialog ref={dialog} className="palette library-search" aria-label="Search the library" onClose={() => glossStore.getState().closeDialog('search')}>
      {open && <SearchPanel close={close} />}
    </dialog>
  );
}
