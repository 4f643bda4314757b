import { useStore } from 'zustand';
import type { Category } from '../../shared/contract';
import { api } from '../api/glossApi';
import { createGlossStore } from './glossStore';
import type { GlossState, WorkspaceFeedback } from './types';

/** The window's store. */
export const glossStore = createGlossStore(api);

/** Reads a slice of the store, re-rendering when (and only when) that slice changes. */
export function useGloss<T>(selector: (state: GlossState) => T): T {
  return useStore(glossStore, selector);
}

const NO_CATEGORIES: readonly Category[] = [];

/** The five colours and their names (a stable empty list before the settings have loaded, so no render repeats itself). */
export const selectCategories = (state: GlossState): readonly Category[] => state.settings?.categories ?? NO_CATEGORIES;

/** The window's message channel and undo history (stable: never re-renders). */
export function useWorkspaceFeedback(): WorkspaceFeedback {
  return glossStore.getState().feedback;
}
