import { useEffect, useState } from 'react';
import type { SearchResult } from '../../shared/contract';
import { api } from '../api/glossApi';

/** How long typing must pause before the library is searched. */
export const SEARCH_DEBOUNCE_MS = 150;
/** How often a search is asked again while the index is still being built, so results and progress fill in. */
export const INDEXING_POLL_MS = 400;
/** The most hits listed per document. */
export const HITS_PER_DOCUMENT = 10;

/** The state of the library search: the latest answer (kept while the next loads), and whether one is under way. */
export interface LibrarySearchState {
  result: SearchResult | null;
  /** The query the shown result answers. */
  answered: string;
  searching: boolean;
  error: string | null;
}

/**
 * Searches the library for `query` once typing pauses, and again while the
 * index is being built. An empty query is sent too: it starts building the
 * index as the search opens. Answers to an older query are dropped.
 */
export function useLibrarySearch(query: string): LibrarySearchState {
  const [state, setState] = useState<LibrarySearchState>({ result: null, answered: '', searching: true, error: null });
  useEffect(() => {
    // Answers to an older query, or after the search closed, are dropped, and stop the asking again.
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (): void => {
      setState((s) => ({ ...s, searching: true }));
      api['library:search']({ query, limit: HITS_PER_DOCUMENT }).then(
        (result) => {
          if (!live) return;
          setState({ result, answered: query, searching: false, error: null });
          if (result.indexing) timer = setTimeout(ask, INDEXING_POLL_MS);
        },
        (error: unknown) => {
          if (live) setState((s) => ({ ...s, searching: false, error: (error as Error).message }));
        },
      );
    };
    timer = setTimeout(ask, query.trim() === '' ? 0 : SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  return state;
}
