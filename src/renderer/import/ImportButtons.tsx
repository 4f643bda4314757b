import { actionHost } from '../actions/actionHost';
import { keyHint } from '../actions/keyHints';

/** "Import files…" and "New from clipboard", where a user looks for a way to add a document. */
export function ImportButtons() {
  const app = () => actionHost.surface('app');
  return (
    <div className="view-actions">
      <button type="button" className="primary-button" onClick={() => app()?.importFiles()} {...keyHint('library.import', 'Import files…')}>
        Import files…
      </button>
      <button type="button" className="secondary-button" onClick={() => app()?.importClipboard()} {...keyHint('library.paste', 'New from clipboard')}>
        New from clipboard
      </button>
    </div>
  );
}
