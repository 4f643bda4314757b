import { useMemo, useState } from 'react';
import { actionHost } from '../actions/actionHost';
import { keyHint } from '../actions/keyHints';
import { inLibrary, inTrash } from '../store/libraryLists';
import { glossStore, useGloss } from '../store/useGloss';
import { DocumentTable } from './DocumentTable';
import { TrashList } from './TrashList';
import { useLibraryStats } from './useLibraryStats';
import { ImportButtons } from '../import/ImportButtons';

/** Opens a document in the reader (the open one is only shown again) and puts the keyboard in its text. */
async function openInReader(id: string): Promise<void> {
  const { current, openDocument } = glossStore.getState();
  if (current?.summary.id !== id) await openDocument(id);
  if (glossStore.getState().current?.summary.id === id) actionHost.surface('app')?.show('read');
}

/** The library as a screen of its own: every document in a table, the Trash beside it, and the ways to add documents. */
export function LibraryView() {
  const documents = useGloss((s) => s.documents);
  const currentId = useGloss((s) => s.current?.summary.id ?? null);
  const library = useMemo(() => inLibrary(documents), [documents]);
  const trash = useMemo(() => inTrash(documents), [documents]);
  const stats = useLibraryStats(library);
  const [tab, setTab] = useState<'documents' | 'trash'>('documents');
  return (
    <section className="library-view" aria-labelledby="library-view-title">
      <header className="view-header">
        <h1 id="library-view-title" tabIndex={-1}>
          Library
        </h1>
        <div className="view-header-actions">
          <ImportButtons />
          <button type="button" className="secondary-button" onClick={() => glossStore.getState().openDialog('export')} {...keyHint('export.open', 'Export')}>
            Export…
          </button>
        </div>
      </header>
      <nav className="library-tabs segmented-tabs" aria-label="Documents or Trash">
        <button type="button" aria-pressed={tab === 'documents'} onClick={() => setTab('documents')}>
          Documents ({library.length})
        </button>
        <button type="button" aria-pressed={tab === 'trash'} onClick={() => setTab('trash')}>
          Trash ({trash.length})
        </button>
      </nav>
      {tab === 'documents' ? <DocumentTable documents={library} stats={stats} currentId={currentId} onOpen={(id) => void openInReader(id)} /> : <TrashList documents={trash} />}
    </section>
  );
}
