import type { StoreApi } from 'zustand/vanilla';
import { NO_HIGHLIGHT_FILTER, type HighlightFilter } from '../../shared/contract';
import type { GlossApi } from '../api/glossApi';
import type { GlossCommands, GlossState, HighlightFilterState } from './types';

type Set = StoreApi<GlossState>['setState'];
type Get = StoreApi<GlossState>['getState'];

/** How long the filter rests before it is stored: typing words in it writes once, not per key. */
export const FILTER_SAVE_DELAY_MS = 400;

export const initialHighlightFilter: HighlightFilterState = { highlightFilter: null };

/**
 * The highlight filter in use: the settings' one until the user changes it,
 * then the window's own copy, shown at once and stored in the settings a
 * moment later (so it comes back after a relaunch). Settings answered by
 * other changes meanwhile carry an older filter; the window's copy wins.
 */
export const selectHighlightFilter = (state: GlossState): HighlightFilter => state.highlightFilter ?? state.settings?.highlightFilter ?? NO_HIGHLIGHT_FILTER;

/** Changing the highlight filter, and storing it. */
export function highlightFilterCommands(api: GlossApi, set: Set, get: Get): Pick<GlossCommands, 'setHighlightFilter' | 'saveHighlightFilterNow'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsaved: HighlightFilter | null = null;
  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const filter = unsaved;
    unsaved = null;
    if (!filter) return;
    api['settings:update']({ highlightFilter: filter }).catch((error: unknown) => get().feedback.say(`The filter was not saved: ${(error as Error).message}`, { error: true }));
  };
  return {
    setHighlightFilter: (filter) => {
      set({ highlightFilter: filter });
      unsaved = filter;
      clearTimeout(timer);
      timer = setTimeout(save, FILTER_SAVE_DELAY_MS);
    },
    saveHighlightFilterNow: save,
  };
}
