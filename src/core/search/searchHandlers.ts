import type { Handlers } from '../handlers/types';
import type { LibrarySearch } from './librarySearch';

/** The contract's search method, answered by the core's one LibrarySearch. */
export function searchHandlers(search: LibrarySearch): Handlers<'library:search'> {
  return {
    'library:search': ({ query, limit }) => search.search(query, limit),
  };
}
