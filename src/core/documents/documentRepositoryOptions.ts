import type { DocumentSummary } from '../../shared/contract';
import type { Commit } from '../storage/durableDb';
import type { BackupCopy } from '../storage/restoreNewestGoodCopy';
import type { DocumentFileData } from './documentFile';

export interface DocumentRepositoryOptions {
  dataDir: string;
  now: () => Date;
  /** Tells the user what happened to a document's files (a restore, a rebuild). */
  onNotice: (message: string) => void;
  /** The library's entry of a document: only documents the library lists can be opened. */
  summaryOf: (id: string) => DocumentSummary | undefined;
  /** Older copies of a file of the data directory (a path relative to it), newest first: the snapshots. */
  backupCopiesOf?: (relativePath: string) => Promise<BackupCopy[]>;
  /** Called after each document write that reached the disk. */
  onWritten?: () => void;
  /**
   * Called when documents are newly found broken (one when it fails to open;
   * all that a whole-library text check found, once at its end), so the
   * library list can be shown again with their problems.
   */
  onBroken?: (ids: readonly string[]) => void;
}


/** One document's data while its writes are held (see DocumentRepository.exclusive). */
export interface DocumentSession {
  readonly data: DocumentFileData;
  readonly commit: Commit<DocumentFileData>;
}
