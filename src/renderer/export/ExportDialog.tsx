import { useModalDialog } from '../hooks/useModalDialog';
import { glossStore, useGloss } from '../store/useGloss';
import { ExportForm } from './ExportForm';

/**
 * Export: choose what (this document or the whole library), the format and,
 * for Markdown, the grouping; see a preview; then save the file (a download,
 * or the Save dialog in the desktop app) or copy it.
 */
export function ExportDialog() {
  const open = useGloss((s) => s.dialog === 'export');
  const onClose = (): void => glossStore.getState().closeDialog('export');
  const dialog = useModalDialog(open);
  return (
    <dialog ref={dialog} className="sheet export-dialog" aria-labelledby="export-title" onClose={onClose}>
      <header className="sheet-header">
        <h2 id="export-title">Export</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close export">
          ✕
        </button>
      </header>
      {/* Mounted afresh each time, so it starts from what is open now. */}
      {open && <ExportForm onClose={onClose} />}
    </dialog>
  );
}
