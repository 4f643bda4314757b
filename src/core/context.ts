import type { AnnotationViewCache } from './annotations/annotationViewCache';
import type { DocumentRepository } from './documents/documentRepository';
import type { EventBus } from './events';
import type { LibraryRepository } from './library/libraryRepository';
import type { NoticeBoard } from './notices';
import type { RunningTasks } from './tasks/runningTasks';

/** What every handler works with: the open stores and the side-effect seams. */
export interface CoreContext {
  dataDir: string;
  version: string;
  /** library.json: the documents listed and the settings. */
  library: LibraryRepository;
  documents: DocumentRepository;
  /** Each document's highlights placed in its current text, kept until the document changes. */
  annotationViews: AnnotationViewCache;
  events: EventBus;
  notices: NoticeBoard;
  now: () => Date;
  /** Aborted when the core starts closing: long work (card generation) stops rather than holding the exit. */
  closing: AbortSignal;
  /** Long work under way (imports, card generation), cancellable by task id. */
  tasks: RunningTasks;
}
