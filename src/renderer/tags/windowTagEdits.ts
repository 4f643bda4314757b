import { actionHost } from '../actions/actionHost';
import { api } from '../api/glossApi';
import { glossStore } from '../store/useGloss';
import { createTagEdits, type TagEdits } from './tagEdits';

/** The window's tag edits: its core, its store, and its reader's edit mode. */
export const tagEdits: TagEdits = createTagEdits({ api, store: glossStore, isEditing: () => actionHost.editing });
