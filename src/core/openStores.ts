import type { DocumentSummary } from '../shared/contract';
import { DocumentRepository } from './documents/documentRepository';
import { EventBus } from './events';
import { openLibraryFile, type LibraryFileData } from './library/libraryFile';
import { openNoticeBoard, type NoticeBoard } from './notices';
import type { DurableDb } from './storage/durableDb';

/** Everything a data directory keeps, open, and how to close it. */
export interface OpenStores {
  events: EventBus;
  notices: NoticeBoard;
  library: DurableDb<LibraryFileData>;
  documents: DocumentRepository;
  /** Finishes pending writes. */
  close(): Promise<void>;
}

/**
 * Opens the stores of a data directory whose lock is held: the notices, the
 * library and the documents (restoring damaged files from their newest good
 * copy), and checks that every document's text is there.
 */
export async function openStores(dataDir: string, now: () => Date): Promise<OpenStores> {
  const events = new EventBus();
  const notices = await openNoticeBoard(dataDir, events, now);
  const opened = await openLibraryFile(dataDir, now);
  for (const message of opened.notices) notices.raise('warning', message);
  const library = opened.db;
  const summaryOf = (id: string): DocumentSummary | undefined => library.data.documents.find((doc) => doc.id === id);
  const documents = new DocumentRepository({
    dataDir,
    now,
    onNotice: (message) => notices.raise('warning', message),
    summaryOf,
    onBroken: () => events.emit('library:changed', {}),
  });
  await documents.checkTexts(library.data.documents);
  return {
    events,
    notices,
    library,
    documents,
    close: async () => {
      // Documents first: a document change may still write to the library.
      await documents.flush();
      await Promise.all([library.settled(), notices.flush()]);
    },
  };
}
