import type { Low } from 'lowdb';
import type { DocumentRepository } from './documents/documentRepository';
import type { EventBus } from './events';
import type { LibraryFileData } from './library/libraryFile';
import type { NoticeBoard } from './notices';

/** What every handler works with: the open stores and the side-effect seams. */
export interface CoreContext {
  dataDir: string;
  version: string;
  library: Low<LibraryFileData>;
  documents: DocumentRepository;
  events: EventBus;
  notices: NoticeBoard;
  now: () => Date;
  /** Aborted when the core starts closing: long work (card generation) stops rather than holding the exit. */
  closing: AbortSignal;
}
