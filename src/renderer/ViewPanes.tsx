import { memo } from 'react';
import { CardBrowser } from './cards/CardBrowser';
import { ReviewSession } from './cards/ReviewSession';
import { DocumentWorkspace } from './DocumentWorkspace';
import { LibraryView } from './library/LibraryView';
import { CodebookView } from './tags/CodebookView';
import { inLibrary } from './store/libraryLists';
import { useGloss } from './store/useGloss';
import { ImportButtons } from './import/ImportButtons';

/**
 * What the middle of the window shows: the library view, the codebook, the card browser, review, or the reader (kept mounted, with its place, behind the others).
 * Memoised: it reads the store itself, so the frame re-rendering (a drawer opening) does not re-render the reader.
 */
export const ViewPanes = memo(function ViewPanes() {
  const view = useGloss((s) => s.view);
  const current = useGloss((s) => s.current);
  const ready = useGloss((s) => s.settings !== null);
  const openCount = useGloss((s) => s.openCount);
  const library = view === 'library' && (
    <main className="view-pane">
      <LibraryView />
    </main>
  );
  const codebook = view === 'tags' && (
    <main className="view-pane">
      <CodebookView />
    </main>
  );
  if (!current || !ready) return library || codebook || <EmptyReader />;
  return (
    <>
      {library}
      {codebook}
      {view === 'cards' && (
        <main className="view-pane">
          <CardBrowser />
        </main>
      )}
      {view === 'review' && (
        <main className="view-pane">
          <ReviewSession />
        </main>
      )}
      <DocumentWorkspace key={`${current.summary.id}:${current.summary.textVersion}:${openCount}`} document={current} active={view === 'read'} />
    </>
  );
});

/** The reader with no document: opening one, why none could be opened, or an empty library, with the ways to add one. */
function EmptyReader() {
  const loading = useGloss((s) => s.loading);
  const problem = useGloss((s) => s.problem);
  const empty = useGloss((s) => inLibrary(s.documents).length === 0);
  return (
    <main className="reader-pane empty-pane">
      <p className="reader-empty" role="status">
        {loading ? 'Opening…' : problem ? `Nothing could be opened: ${problem}` : empty ? 'The library is empty.' : 'Choose a document from the library.'}
      </p>
      {!loading && (
        <ImportButtons />
      )}
    </main>
  );
}
