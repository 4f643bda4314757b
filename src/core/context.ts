import type { DocumentRepository } from './documents/documentRepository';
import type { EventBus } from './events';
import type { LibraryFileData } from './library/libraryFile';
import type { NoticeBoard } from './notices';
import type { DurableDb } from './storage/durableDb';

/** What every handler works with: the open stores and the side-effect seams. */
export interface CoreContext {
  dataDir: string;
  version: string;
  /** library.json; its memory follows the file (see DurableDb). */
  library: DurableDb<LibraryFileData>;
  documents: DocumentRepository;
  events: EventBus;
  notices: NoticeBoard;
  now: () => Date;
  /** Aborted when the core starts closing: long work (card generation) stops rather than holding the exit. */
  closing: AbortSignal;
}
