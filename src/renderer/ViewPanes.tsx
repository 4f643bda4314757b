import { memo } from 'react';
import { CardBrowser } from './cards/CardBrowser';
import { ReviewSession } from './cards/ReviewSession';
import { DocumentWorkspace } from './DocumentWorkspace';
import { useGloss } from './store/useGloss';

/**
 * What the middle of the window shows: the card browser, review, or the reader (kept mounted, with its place, behind the others).
 * Memoised: it reads the store itself, so the frame re-rendering (a drawer opening) does not re-render the reader.
 */
export const ViewPanes = memo(function ViewPanes() {
  const view = useGloss((s) => s.view);
  const current = useGloss((s) => s.current);
  const ready = useGloss((s) => s.settings !== null);
  const openCount = useGloss((s) => s.openCount);
  if (!current || !ready) return <EmptyReader />;
  return (
    <>
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

/** The reader with no document: opening one, why none could be opened, or an empty library. */
function EmptyReader() {
  const loading = useGloss((s) => s.loading);
  const problem = useGloss((s) => s.problem);
  const empty = useGloss((s) => s.documents.length === 0);
  return (
    <main className="reader-pane">
      <p className="reader-empty" role="status">
        {loading ? 'Opening…' : problem ? `Nothing could be opened: ${problem}` : empty ? 'The library is empty.' : 'Choose a document from the library.'}
      </p>
    </main>
  );
}
