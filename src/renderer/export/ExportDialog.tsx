import { Sheet } from '../components/Sheet';
import { ExportForm } from './ExportForm';

/**
 * Export: choose what (this document or the whole library), the format and,
 * for Markdown, the grouping; see a preview; then save the file (a download,
 * or the Save dialog in the desktop app) or copy it. The form is mounted
 * afresh each time the sheet opens, so it starts from what is open now.
 */
export function ExportDialog() {
  return (
    <Sheet name="export" title="Export" closeLabel="Close export" className="export-dialog">
      {(close) => <ExportForm onClose={close} />}
    </Sheet>
  );
}
