import { glossStore, useGloss } from '../store/useGloss';
import { LibrarySidebar } from './LibrarySidebar';

/** The library sidebar, fed from the store. */
export function LibraryNav() {
  const documents = useGloss((s) => s.documents);
  const currentId = useGloss((s) => s.current?.summary.id ?? null);
  return <LibrarySidebar documents={documents} currentId={currentId} onOpen={(id) => void glossStore.getState().openDocument(id)} />;
}
