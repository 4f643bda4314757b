import { LibraryIndex } from '../search/libraryIndex';
import type { SearchableDocument } from '../search/searchableDocument';
import { parseQuery } from '../search/searchQuery';
import type { SearchIndexClient } from '../search/searchWorkerClient';

/** The index in this thread, recording what it is sent (and which texts it read word by word); `lose()` plays a worker that died. */
export function recordingIndex(putDelayMs = 0) {
  const sent: string[] = [];
  const read: string[] = [];
  let index = new LibraryIndex();
  let onLost: (reason: Error) => void = () => undefined;
  const client: SearchIndexClient = {
    put: async (doc: SearchableDocument) => {
      sent.push(`put ${doc.title}${doc.text === undefined ? '' : ' with text'}${doc.savedWords ? ' and its saved words' : ''}`);
      const result = index.put(doc);
      if (result.wordsToSave) read.push(doc.title);
      await new Promise((resolve) => setTimeout(resolve, putDelayMs));
      return result;
    },
    remove: async (id) => {
      sent.push(`remove ${id}`);
      index.remove(id);
    },
    search: async (query, limit) => {
      const parsed = parseQuery(query);
      return parsed ? index.search(parsed, limit ?? 20) : { groups: [], truncated: false };
    },
    close: async () => undefined,
  };
  const lose = () => {
    index = new LibraryIndex();
    onLost(new Error('gone'));
  };
  return { sent, read, lose, factory: (lost: (reason: Error) => void) => ((onLost = lost), client) };
}

