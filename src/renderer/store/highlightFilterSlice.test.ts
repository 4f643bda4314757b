import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_HIGHLIGHT_FILTER, type HighlightFilter, type Settings } from '../../shared/contract';
import type { GlossApi } from '../api/glossApi';
import { createGlossStore } from './glossStore';
import { FILTER_SAVE_DELAY_MS, selectHighlightFilter } from './highlightFilterSlice';

const byTag = (tag: string): HighlightFilter => ({ ...NO_HIGHLIGHT_FILTER, tags: [tag] });

/** A store over a fake core that keeps the settings and records each filter it was sent. */
function setup(stored: HighlightFilter = NO_HIGHLIGHT_FILTER, failing = false) {
  const sent: HighlightFilter[] = [];
  let settings = { theme: 'system', highlightFilter: stored } as Settings;
  const api = {
    'settings:update': async (patch: Partial<Settings>) => {
      if (patch.highlightFilter) sent.push(patch.highlightFilter);
      if (failing) throw new Error('The disk is full — nothing was saved');
      return (settings = { ...settings, ...patch });
    },
  } as unknown as GlossApi;
  const store = createGlossStore(api);
  store.setState({ settings });
  return { store, sent, filter: () => selectHighlightFilter(store.getState()) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the highlight filter in the store', () => {
  it('starts as the settings keep it', () => {
    expect(setup(byTag('war')).filter()).toEqual(byTag('war'));
  });

  it('changes at once and is stored once, the latest, after a pause', async () => {
    const { store, sent, filter } = setup();
    store.getState().setHighlightFilter(byTag('w'));
    store.getState().setHighlightFilter(byTag('wa'));
    store.getState().setHighlightFilter(byTag('war'));
    expect(filter()).toEqual(byTag('war'));
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(FILTER_SAVE_DELAY_MS);
    expect(sent).toEqual([byTag('war')]);
  });

  it('is not put back by settings answered for another change meanwhile', async () => {
    const { store, filter } = setup();
    store.getState().setHighlightFilter(byTag('war'));
    await store.getState().updateSettings({ theme: 'dark' });
    expect(store.getState().settings?.theme).toBe('dark');
    expect(filter()).toEqual(byTag('war'));
  });

  it('is stored at once when the window closes, and only once', async () => {
    const { store, sent } = setup();
    store.getState().setHighlightFilter(byTag('war'));
    store.getState().saveHighlightFilterNow();
    expect(sent).toEqual([byTag('war')]);
    await vi.advanceTimersByTimeAsync(FILTER_SAVE_DELAY_MS);
    store.getState().saveHighlightFilterNow();
    expect(sent).toHaveLength(1);
  });

  it('says so when it could not be stored, and keeps filtering', async () => {
    const { store, filter } = setup(NO_HIGHLIGHT_FILTER, true);
    store.getState().setHighlightFilter(byTag('war'));
    await vi.advanceTimersByTimeAsync(FILTER_SAVE_DELAY_MS);
    expect(store.getState().message).toMatchObject({ text: 'The filter was not saved: The disk is full — nothing was saved', error: true });
    expect(filter()).toEqual(byTag('war'));
  });
});
