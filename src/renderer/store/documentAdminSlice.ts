import type { StoreApi } from 'zustand/vanilla';
import type { DocumentSummary } from '../../shared/contract';
import type { GlossApi } from '../api/glossApi';
import { formatCount } from '../format';
import { announceUndoable } from '../undo/announce';
import type { GlossCommands, GlossState } from './types';

type Set = StoreApi<GlossState>['setState'];
type Get = StoreApi<GlossState>['getState'];

/** Managing documents: rename, the Trash (move there, restore, delete for good, empty). Failures are said in the message. */
export function documentAdminCommands(api: GlossApi, set: Set, get: Get): Pick<GlossCommands, 'renameDocument' | 'changeSource' | 'trashDocument' | 'restoreDocument' | 'deleteForever' | 'emptyTrash'> {
  const fail = (error: unknown): false => {
    get().feedback.say((error as Error).message, { error: true });
    return false;
  };
  const titleOf = (id: string): string => get().documents.find((doc) => doc.id === id)?.title ?? 'The document';
  // The core's answer replaces the summary at once; library:changed lists everything again soon after.
  const replace = (summary: DocumentSummary): void =>
    set((s) => ({
      documents: s.documents.map((doc) => (doc.id === summary.id ? summary : doc)),
      current: s.current?.summary.id === summary.id ? { ...s.current, summary } : s.current,
    }));
  const drop = (ids: ReadonlySet<string>): void => set((s) => ({ documents: s.documents.filter((doc) => !ids.has(doc.id)) }));
  const restore = async (id: string): Promise<boolean> => {
    try {
      replace(await api['document:restore']({ id }));
      return true;
    } catch (error) {
      return fail(error);
    }
  };
  const rename = async (id: string, title: string, source?: string): Promise<boolean> => {
    try {
      replace(await api['document:rename']({ id, title, ...(source === undefined ? {} : { source }) }));
      return true;
    } catch (error) {
      return fail(error);
    }
  };

  return {
    renameDocument: async (id, title) => {
      const wanted = title.replace(/\s+/g, ' ').trim();
      const before = titleOf(id);
      if (!wanted) return fail(new Error('A title cannot be empty. Type one, or press Esc to keep the old one.'));
      if (wanted === before) return true;
      if (!(await rename(id, wanted))) return false;
      announceUndoable(get().feedback, `Renamed “${before}” to “${wanted}”`, `Title “${before}” restored`, async () => void (await rename(id, before)));
      return true;
    },
    changeSource: async (id, source) => {
      const wanted = source.replace(/\s+/g, ' ').trim();
      const doc = get().documents.find((entry) => entry.id === id);
      if (!doc || wanted === doc.source) return true;
      const before = doc.source;
      if (!(await rename(id, doc.title, wanted))) return false;
      announceUndoable(get().feedback, `Source of “${doc.title}” set to “${wanted || 'nothing'}”`, `Source “${before}” restored`, async () => void (await rename(id, doc.title, before)));
      return true;
    },
    trashDocument: async (id) => {
      const open = get().current?.summary.id === id;
      if (open && !get().mayLeave()) return;
      try {
        const summary = await api['document:trash']({ id });
        replace(summary);
        if (open) set((s) => ({ current: null, recent: s.recent.filter((known) => known !== id) }));
        announceUndoable(get().feedback, `“${summary.title}” moved to the Trash`, `“${summary.title}” restored from the Trash`, async () => void (await restore(id)));
      } catch (error) {
        fail(error);
      }
    },
    restoreDocument: async (id) => {
      const restored = await restore(id);
      if (restored) get().feedback.say(`“${titleOf(id)}” is back in the library`);
      return restored;
    },
    deleteForever: async (id) => {
      const title = titleOf(id);
      try {
        await api['trash:empty']({ id });
        drop(new Set([id]));
        get().feedback.say(`“${title}” deleted for good`);
      } catch (error) {
        fail(error);
      }
    },
    emptyTrash: async () => {
      const trashed = new Set(get().documents.filter((doc) => doc.trashedAt).map((doc) => doc.id));
      try {
        const { removed } = await api['trash:empty']({});
        drop(trashed);
        get().feedback.say(`Trash emptied: ${formatCount(removed, 'document')} deleted for good`);
      } catch (error) {
        fail(error);
      }
    },
  };
}
