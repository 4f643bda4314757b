import type { SearchGroup } from '../../shared/contract';
import type { WorkerEntry } from '../workers/runWorker';
import { WorkerService } from '../workers/workerService';
import type { PutResult, SearchableDocument } from './searchableDocument';

/** What the search worker is asked: to index a document, to drop one, or to search. */
export type SearchRequest =
  | { kind: 'put'; document: SearchableDocument }
  | { kind: 'remove'; documentId: string }
  | { kind: 'search'; query: string; limit?: number | undefined };

/** What it answers. */
export type SearchResponse = ({ kind: 'done' } & PutResult) | { kind: 'found'; groups: SearchGroup[]; truncated: boolean };

// Through a variable: a literal `new URL('./x.ts', import.meta.url)` would make the bundler copy the source as an asset.
const here = import.meta.url;
const SEARCH_WORKER: WorkerEntry = { name: 'searchWorker', source: new URL('./searchWorker.ts', here), label: 'The library search' };

/** The index, as the rest of the core reaches it: typed calls to the search worker. */
export interface SearchIndexClient {
  /** Indexes a document (anew, or what changed of it); resolves with what to save of its text's index. */
  put(document: SearchableDocument): Promise<PutResult>;
  remove(documentId: string): Promise<void>;
  search(query: string, limit?: number): Promise<{ groups: SearchGroup[]; truncated: boolean }>;
  close(): Promise<void>;
}

/** Starts (on first use) the worker thread that holds the index; `onLost` hears if it dies, and so lost what it held. */
export function searchWorkerClient(onLost: (reason: Error) => void): SearchIndexClient {
  const service = new WorkerService<SearchRequest, SearchResponse>(SEARCH_WORKER, onLost);
  return {
    put: async (document) => {
      const response = await service.request({ kind: 'put', document });
      return response.kind === 'done' && response.wordsToSave ? { wordsToSave: response.wordsToSave } : {};
    },
    remove: async (documentId) => void (await service.request({ kind: 'remove', documentId })),
    search: async (query, limit) => {
      const response = await service.request({ kind: 'search', query, limit });
      if (response.kind !== 'found') throw new Error('The library search answered a search with no results.');
      return { groups: response.groups, truncated: response.truncated };
    },
    close: () => service.close(),
  };
}
