import { useStore } from 'zustand';
import { api } from '../api/glossApi';
import { createGlossStore } from './glossStore';
import type { GlossState, WorkspaceFeedback } from './types';

/** The window's store. */
export const glossStore = createGlossStore(api);

/** Reads a slice of the store, re-rendering when (and only when) that slice changes. */
export function useGloss<T>(selector: (state: GlossState) => T): T {
  return useStore(glossStore, selector);
}

/** The window's message channel and undo history (stable: never re-renders). */
export function useWorkspaceFeedback(): WorkspaceFeedback {
  return glossStore.getState().feedback;
}
