import type { DocumentSummary } from '../shared/contract';
import { snapshotCopiesOf } from './backups/listSnapshots';
import { takeSnapshotAndPrune } from './backups/pruneSnapshots';
import { SnapshotSchedule, type StartTimer } from './backups/snapshotSchedule';
import { removeOrphanTextFolders, removeStaleTempFiles } from './cleanUpAfterCrash';
import { DocumentRepository } from './documents/documentRepository';
import { EventBus } from './events';
import { openLibraryFile } from './library/libraryFile';
import { LibraryRepository } from './library/libraryRepository';
import { openNoticeBoard, type NoticeBoard } from './notices';

/** Everything a data directory keeps, open, and how to close it. */
export interface OpenStores {
  events: EventBus;
  notices: NoticeBoard;
  library: LibraryRepository;
  documents: DocumentRepository;
  /** Finishes pending writes and takes the closing snapshot if anything changed. */
  close(): Promise<void>;
}

export interface OpenStoresOptions {
  /** When snapshots are taken during a session (tests shorten or control it). */
  snapshotTimer?: StartTimer;
}

/**
 * Opens the stores of a data directory whose lock is held: clears what a
 * crash left (stale temp files, unfinished snapshots, texts of documents
 * never added), opens the notices, the library and the documents (restoring
 * damaged files from their newest good copy), starts checking that every
 * document's text is there, and schedules whole-library snapshots after
 * activity.
 */
export async function openStores(dataDir: string, now: () => Date, options: OpenStoresOptions = {}): Promise<OpenStores> {
  await removeStaleTempFiles(dataDir);
  const events = new EventBus();
  const notices = await openNoticeBoard(dataDir, events, now);
  const schedule = new SnapshotSchedule({
    take: (reason) => takeSnapshotAndPrune(dataDir, now(), reason),
    onError: (error) => console.error('Gloss: a snapshot of the library could not be taken:', error),
    ...(options.snapshotTimer ? { startTimer: options.snapshotTimer } : {}),
  });
  const onWritten = () => schedule.noteActivity();
  const backupCopiesOf = (relativePath: string) => snapshotCopiesOf(dataDir, relativePath);
  const opened = await openLibraryFile(dataDir, now, { backupCopies: () => backupCopiesOf('library.json'), onWritten });
  for (const message of opened.notices) notices.raise('warning', message);
  const library = new LibraryRepository(opened.db);
  const summaryOf = (id: string): DocumentSummary | undefined => library.summaryOf(id);
  const documents = new DocumentRepository({
    dataDir,
    now,
    onNotice: (message) => notices.raise('warning', message),
    summaryOf,
    backupCopiesOf,
    onWritten,
    onBroken: () => events.emit('library:changed', {}),
  });
  await removeOrphanTextFolders(dataDir, new Set(library.documents.map((doc) => doc.id)));
  // Not awaited: with 10,000 documents it takes a while, and only the library list needs it (it waits for it).
  documents.checkTexts(library.documents).catch((error: unknown) => console.error('Gloss: the check that every document has its text stopped:', error));
  return {
    events,
    notices,
    library,
    documents,
    close: async () => {
      // The text check may still restore a text from a snapshot: it ends before anything is flushed.
      await documents.stopTextCheck();
      // Documents first: a document change may still write to the library.
      await documents.flush();
      await Promise.all([library.settled(), notices.flush()]);
      await schedule.close();
    },
  };
}
