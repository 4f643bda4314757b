import type { CategoryId, TagChange, TagEntry } from '../../shared/contract';
import type { GlossApi } from '../api/glossApi';
import { filterAfterTagEdit, type TagEdit } from '../../shared/tags/tagEdit';
import type { GlossStore } from '../store/glossStore';
import { selectHighlightFilter } from '../store/highlightFilterSlice';
import { announceUndoable } from '../undo/announce';
import { deletedMessage, renamedMessage, restoredMessage, skippedNote } from './tagSentences';

/** A change to the codebook: done, or refused with the core's sentence (shown where it was asked, not in the message). */
export type TagEditOutcome = { ok: true } | { ok: false; problem: string };

/** What tag edits need: the core's tag methods, the store, and whether the open text is being edited. */
export interface TagEditDeps {
  api: Pick<GlossApi, 'tag:rename' | 'tag:delete' | 'tags:restore' | 'tag:describe'>;
  store: GlossStore;
  isEditing: () => boolean;
}

/** A colour or description to set on a tag; null clears it. */
export interface TagLook {
  color?: CategoryId | null;
  description?: string | null;
}

/**
 * Renaming, merging, deleting and describing tags, each with a step in the
 * window's one undo history. After a change the views of tags ask again, and
 * the open document is reopened if the change touched it, so its panel never
 * shows (or saves back) the old tags. Not while its text is being edited:
 * saving or leaving the edits reopens it anyway.
 */
export function createTagEdits({ api, store, isEditing }: TagEditDeps) {
  const feedback = () => store.getState().feedback;
  const changed = (change?: TagChange): void => {
    const state = store.getState();
    state.tagsChanged();
    const openId = state.current?.summary.id;
    if (change && openId && !isEditing() && change.documents.some((doc) => doc.documentId === openId)) void state.reloadDocument();
  };
  // The window's filter changes as the core changed the saved one: a renamed tag is filtered by its new name, a deleted one dropped.
  const filterFollows = (edit: TagEdit): void => {
    const state = store.getState();
    const next = filterAfterTagEdit(selectHighlightFilter(state), edit);
    if (next) state.setHighlightFilter(next);
  };
  const undoable = (message: string, restoredName: string, change: TagChange): void => {
    announceUndoable(feedback(), message + skippedNote(change), restoredMessage(restoredName), async () => {
      await api['tags:restore']({ change });
      changed(change);
      const state = store.getState();
      if (change.filterTags) state.setHighlightFilter({ ...selectHighlightFilter(state), tags: change.filterTags });
    });
  };
  const refused = (error: unknown): TagEditOutcome => ({ ok: false, problem: (error as Error).message });

  return {
    /** Renames a tag and the tags under it everywhere; onto an existing tag (`merging`), merges. */
    async rename(from: string, to: string, merging: boolean): Promise<TagEditOutcome> {
      let change: TagChange;
      try {
        change = await api['tag:rename']({ from, to });
      } catch (error) {
        return refused(error);
      }
      changed(change);
      filterFollows({ kind: 'rename', from, to: change.renamedTo ?? to });
      undoable(renamedMessage(from, to, merging, change), from, change);
      return { ok: true };
    },

    /** Deletes a tag and the tags under it from every highlight and card. */
    async remove(name: string): Promise<TagEditOutcome> {
      let change: TagChange;
      try {
        change = await api['tag:delete']({ name });
      } catch (error) {
        return refused(error);
      }
      changed(change);
      filterFollows({ kind: 'delete', name });
      undoable(deletedMessage(name, change), name, change);
      return { ok: true };
    },

    /** Sets a tag's colour or description; a quiet step of the undo history (Ctrl+Z puts the old one back). */
    async describe(before: TagEntry, look: TagLook): Promise<TagEditOutcome> {
      try {
        await api['tag:describe']({ name: before.name, ...look });
      } catch (error) {
        return refused(error);
      }
      changed();
      const what = look.color !== undefined ? 'Colour' : 'Description';
      feedback().history.push({
        label: `${what} of “${before.name}” put back`,
        undo: async () => {
          await api['tag:describe']({ name: before.name, color: before.color ?? null, description: before.description ?? null });
          changed();
        },
      });
      return { ok: true };
    },
  };
}

export type TagEdits = ReturnType<typeof createTagEdits>;
