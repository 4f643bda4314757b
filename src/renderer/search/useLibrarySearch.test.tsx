// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '../../shared/contract';
import { INDEXING_POLL_MS, SEARCH_DEBOUNCE_MS, useLibrarySearch } from './useLibrarySearch';

const calls: { query: string }[] = [];
let answer: SearchResult = { groups: [] };
vi.mock('../api/glossApi', () => ({
  api: {
    'library:search': (params: { query: string }) => {
      calls.push(params);
      return Promise.resolve(answer);
    },
  },
}));

beforeEach(() => {
  vi.useFakeTimers();
  calls.length = 0;
  answer = { groups: [] };
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Lets the timers run and the answers settle. */
const pass = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

describe('useLibrarySearch', () => {
  it('asks at once with the empty query (building the index), then once typing pauses', async () => {
    const { rerender, result } = renderHook(({ query }) => useLibrarySearch(query), { initialProps: { query: '' } });
    await pass(0);
    expect(calls.map((c) => c.query)).toEqual(['']);
    rerender({ query: 'p' });
    rerender({ query: 'pr' });
    rerender({ query: 'pri' });
    await pass(SEARCH_DEBOUNCE_MS);
    expect(calls.map((c) => c.query)).toEqual(['', 'pri']);
    expect(result.current.answered).toBe('pri');
  });

  it('asks again while the index is being built, and stops once the search has closed', async () => {
    answer = { groups: [], indexing: { done: 1, total: 3 } };
    const { unmount, result } = renderHook(() => useLibrarySearch(''));
    await pass(0);
    await pass(INDEXING_POLL_MS);
    expect(calls).toHaveLength(2);
    expect(result.current.result?.indexing).toEqual({ done: 1, total: 3 });
    unmount();
    await pass(INDEXING_POLL_MS * 5);
    expect(calls).toHaveLength(2);
  });
});
