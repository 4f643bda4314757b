import { useMemo } from 'react';
import { actionHost } from '../actions/actionHost';
import { inLibrary } from '../store/libraryLists';
import { glossStore, useGloss } from '../store/useGloss';
import { LibrarySidebar } from './LibrarySidebar';

/** The library sidebar, fed from the store: the documents in the library (not those in the Trash). */
export function LibraryNav() {
  const documents = useGloss((s) => s.documents);
  const listed = useMemo(() => inLibrary(documents), [documents]);
  const currentId = useGloss((s) => s.current?.summary.id ?? null);
  return (
    <LibrarySidebar
      documents={listed}
      currentId={currentId}
      onOpen={(id) => void glossStore.getState().openDocument(id)}
      onShowAll={() => {
        glossStore.getState().setDrawer('library', false);
        actionHost.surface('app')?.show('library');
      }}
    />
  );
}
