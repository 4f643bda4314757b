import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GlossApi } from '../api/glossApi';
import { UndoHistory } from '../undo/undoHistory';
import { documentAdminCommands } from './documentAdminSlice';
import { highlightFilterCommands, initialHighlightFilter } from './highlightFilterSlice';
import { importCommands } from './importSlice';
import { initialLibrary, libraryCommands } from './librarySlice';
import type { GlossState, WorkspaceFeedback } from './types';
import { initialView, viewCommands } from './viewSlice';

export type GlossStore = StoreApi<GlossState>;

/**
 * The renderer's state in one place: the library and the open document as the
 * core reported them, what the window shows, and its one message. Components
 * select the slice they read, so a message or a reading position re-renders
 * only what shows it (a React commit while the reader has the focus costs a
 * walk over the whole book). Actions and the keyboard read it outside React.
 */
export function createGlossStore(api: GlossApi): GlossStore {
  return createStore<GlossState>()((set, get) => {
    const feedback: WorkspaceFeedback = {
      history: new UndoHistory(),
      say: (text, options = {}) => set({ message: { text, error: options.error ?? false, action: options.action, at: Date.now() } }),
    };
    return {
      ...initialLibrary,
      ...initialView,
      ...initialHighlightFilter,
      feedback,
      ...libraryCommands(api, set, get),
      ...documentAdminCommands(api, set, get),
      ...importCommands(api, set, get),
      ...viewCommands(set, get),
      ...highlightFilterCommands(api, set, get),
    };
  });
}
