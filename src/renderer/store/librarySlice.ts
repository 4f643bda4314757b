import type { StoreApi } from 'zustand/vanilla';
import type { GlossApi } from '../api/glossApi';
import { markTextReady } from '../reader/openTimings';
import { announceUndoable } from '../undo/announce';
import { inLibrary } from './libraryLists';
import type { GlossCommands, GlossState, LibraryState } from './types';

type Set = StoreApi<GlossState>['setState'];
type Get = StoreApi<GlossState>['getState'];

export const initialLibrary: LibraryState = { loading: true, problem: null, documents: [], settings: null, notices: [], current: null, paragraph: 0, openCount: 0, recent: [], imports: [], tagsVersion: 0 };

/** The library's commands: every call to the core about documents, settings and notices, its failure said in the message. */
export function libraryCommands(api: GlossApi, set: Set, get: Get): Pick<GlossCommands, 'loadLibrary' | 'openDocument' | 'reloadDocument' | 'savePosition' | 'updateSettings' | 'renameCategory' | 'dismissNotice'> {
  const fail = (error: unknown): void => {
    const text = (error as Error).message;
    set((s) => ({ loading: false, problem: s.current ? s.problem : text }));
    get().feedback.say(text, { error: true });
  };

  const open = async (id: string): Promise<void> => {
    try {
      const opened = await api['document:open']({ id });
      markTextReady(opened.summary.id);
      set((s) => ({
        loading: false,
        problem: null,
        current: opened,
        // Its summary now says when it was opened last (the library view shows it).
        documents: s.documents.map((doc) => (doc.id === id ? opened.summary : doc)),
        paragraph: opened.summary.readingPosition?.paragraph ?? 0,
        openCount: s.openCount + 1,
        recent: [id, ...s.recent.filter((known) => known !== id)],
      }));
    } catch (error) {
      fail(error);
    }
  };

  const refreshNotices = async (): Promise<void> => {
    const status = await api['app:status']({});
    set({ notices: status.notices });
  };

  return {
    loadLibrary: async () => {
      try {
        const [status, settings, { documents }] = await Promise.all([api['app:status']({}), api['settings:get']({}), api['library:list']({})]);
        set({ settings, documents, notices: status.notices, current: null });
        // The last document read, unless it cannot be opened: then the first one that can (the library says why).
        const openable = inLibrary(documents).filter((doc) => !doc.problem);
        const first = openable.find((doc) => doc.id === settings.lastDocumentId) ?? openable[0];
        if (first) await open(first.id);
        else set({ loading: false });
      } catch (error) {
        fail(error);
      }
    },
    openDocument: async (id) => {
      if (!get().mayLeave()) return;
      get().setDrawer('library', false);
      await open(id);
    },
    reloadDocument: async () => {
      const id = get().current?.summary.id;
      if (id) await open(id);
    },
    savePosition: (position) => {
      const current = get().current;
      if (current) void api['document:setReadingPosition']({ id: current.summary.id, position }).catch(fail);
      set({ paragraph: position.paragraph });
    },
    updateSettings: async (patch) => {
      try {
        set({ settings: await api['settings:update'](patch) });
      } catch (error) {
        fail(error);
      }
    },
    renameCategory: async (id, name) => {
      const rename = async (to: string): Promise<boolean> => {
        try {
          const { categories } = await api['category:rename']({ id, name: to });
          set((s) => (s.settings ? { settings: { ...s.settings, categories } } : s));
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      };
      const before = get().settings?.categories.find((category) => category.id === id)?.name;
      if (!before || before === name || !(await rename(name))) return;
      announceUndoable(get().feedback, `Renamed “${before}” to “${name}”`, `Name “${before}” restored`, async () => void (await rename(before)));
    },
    dismissNotice: async (id) => {
      try {
        await api['app:dismissNotice']({ id });
        await refreshNotices();
      } catch (error) {
        fail(error);
      }
    },
  };
}

/** Keeps the store in step with what the core pushes: notices and changes to the list of documents. Returns the unsubscriber. */
export function followCoreEvents(api: GlossApi, set: Set): () => void {
  // Shown from the event itself: the notice that this Gloss stopped saving comes as it closes, when calls fail.
  const stopNotices = api.on('app:notice', (notice) => {
    set((s) => ({ notices: [...s.notices.filter((shown) => shown.id !== notice.id), notice] }));
    void api['app:status']({}).then((status) => set({ notices: status.notices }), () => undefined);
  });
  const stopLibrary = api.on('library:changed', () => void api['library:list']({}).then(({ documents }) => set({ documents }), () => undefined));
  return () => {
    stopNotices();
    stopLibrary();
  };
}
