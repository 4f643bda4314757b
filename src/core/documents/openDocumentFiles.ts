import { DocumentReviews, moveReviewsToLog } from '../cards/documentReviews';
import { replayReviews, reviewLogRelativePath } from '../cards/reviewLog';
import type { BackupCopy } from '../storage/restoreNewestGoodCopy';
import { openVersionedFile, type OpenedVersionedFile } from '../storage/versionedFile';
import { DOCUMENT_FORMAT, documentFilePath, documentFileRelativePath, type DocumentFileData } from './documentFile';
import { NoteFiles } from './noteFiles';

/** A document's file and review log, open. */
export interface OpenDocument {
  file: OpenedVersionedFile<DocumentFileData>;
  reviews: DocumentReviews;
}

export interface OpenDocumentOptions {
  dataDir: string;
  now: () => Date;
  /** The document's title, for notices. */
  title: string;
  onNotice: (message: string) => void;
  backupCopiesOf?: ((relativePath: string) => Promise<BackupCopy[]>) | undefined;
  onWritten?: (() => void) | undefined;
  /** Rebuilds a lost document file that no copy could replace. */
  rebuild: () => Promise<{ data: DocumentFileData; summary: string }>;
}

/**
 * Opens one document's files as one: its review log, its long notes and its
 * document file (created, upgraded, or restored from its newest good copy),
 * and brings the cards' schedules up to the log. Memory then holds every
 * long note whole and every grade logged; writes go back through the same
 * hooks (see DurableDbOptions).
 */
export async function openDocumentFiles(options: OpenDocumentOptions, id: string, initial?: DocumentFileData): Promise<OpenDocument> {
  const { dataDir, title } = options;
  const reviews = await DocumentReviews.open({
    dataDir,
    id,
    title,
    backupCopies: async () => (await options.backupCopiesOf?.(`documents/${reviewLogRelativePath(id)}`)) ?? [],
    onNotice: options.onNotice,
    onWritten: options.onWritten,
  });
  const notes = new NoteFiles({
    dataDir,
    documentId: id,
    title,
    onNotice: options.onNotice,
    ...(options.backupCopiesOf ? { backupCopiesOf: options.backupCopiesOf } : {}),
  });
  const opened = await openVersionedFile<DocumentFileData>({
    ...DOCUMENT_FORMAT,
    path: documentFilePath(options.dataDir, id),
    now: options.now,
    ...(initial ? { create: () => initial } : {}),
    recover: options.rebuild,
    // A new document has no copies anywhere: no need to look through the snapshots for one.
    backups: async () => (initial ? [] : ((await options.backupCopiesOf?.(documentFileRelativePath(id))) ?? [])),
    adapter: { onWritten: options.onWritten },
    beforeUpgrade: (raw) => moveReviewsToLog(dataDir, id, raw),
    db: {
      // The file holds every review logged so far, since memory does (see recordReview).
      beforeWrite: (data) => (data.reviewsApplied = reviews.lastSeq(data.reviewsApplied)),
      toDisk: (data) => notes.toDisk(data),
      revive: (data) => {
        notes.inlineKnown(data);
        replayReviews(data.cards, reviews.entries, data.reviewsApplied);
        return data;
      },
    },
  });
  for (const message of opened.notices) options.onNotice(message);
  const data = opened.db.data;
  await notes.inline(data);
  await reviews.recoverIfLost(data.reviewsApplied);
  replayReviews(data.cards, reviews.entries, data.reviewsApplied);
  return { file: opened, reviews };
}
