/**
 * The worker thread that holds the library's search index (SearchWorkerClient
 * starts it): indexing a book and searching fifty never hold up the event
 * loop that serves the app.
 */
import { DEFAULT_SEARCH_LIMIT } from '../../shared/contract/searchLimits';
import { serveRequests } from '../workers/workerService';
import { LibraryIndex } from './libraryIndex';
import { parseQuery } from './searchQuery';
import type { SearchRequest, SearchResponse } from './searchWorkerClient';

const index = new LibraryIndex();

serveRequests<SearchRequest, SearchResponse>((request) => {
  if (request.kind === 'put') return { kind: 'done', ...index.put(request.document) };
  if (request.kind === 'remove') {
    index.remove(request.documentId);
    return { kind: 'done' };
  }
  const query = parseQuery(request.query);
  return { kind: 'found', ...(query ? index.search(query, request.limit ?? DEFAULT_SEARCH_LIMIT) : { groups: [], truncated: false }) };
});
