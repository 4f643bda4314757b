import { readFile } from 'node:fs/promises';
import { AppendOnlyLog, wholeLineBytes, wholeLines } from '../storage/appendOnlyLog';
import { errnoCode } from '../storage/errno';
import type { BackupCopy } from '../storage/restoreNewestGoodCopy';
import { describeTime } from '../storage/versionedFile';
import { FileExistsError, writeFileExclusive } from '../storage/writeFileExclusive';
import { legacyReviewLines, parseReviewLogEntry, reviewLogPath, standingReviews, type NewReviewLogEntry, type ReviewLogEntry } from './reviewLog';
import type { ReviewEntry } from './storedCard';

export interface DocumentReviewsOptions {
  dataDir: string;
  id: string;
  /** The document's title, for notices. */
  title: string;
  /** Older copies of the log (snapshots), for a log that went missing. */
  backupCopies?: () => Promise<BackupCopy[]>;
  onNotice: (message: string) => void;
  onWritten?: (() => void) | undefined;
}

/**
 * One document's review log, open: its entries in memory, appends to its
 * file. A grade is recorded by appending here only; see cards/reviewLog.ts
 * for how the document file's schedules relate to it.
 */
export class DocumentReviews {
  private standing: ReviewEntry[] | null = null;

  private constructor(
    private log: AppendOnlyLog<ReviewLogEntry>,
    private readonly all: ReviewLogEntry[],
    private readonly options: DocumentReviewsOptions,
  ) {}

  /** Reads a document's log; unreadable lines are skipped (and left in the file), with a notice. */
  static async open(options: DocumentReviewsOptions): Promise<DocumentReviews> {
    const path = reviewLogPath(options.dataDir, options.id);
    const { log, contents } = await AppendOnlyLog.open(path, { parse: parseReviewLogEntry, onWritten: options.onWritten });
    if (contents.unreadableLines > 0) {
      const lines = contents.unreadableLines === 1 ? '1 line' : `${contents.unreadableLines} lines`;
      options.onNotice(`${lines} of the review history of "${options.title}" could not be read and ${contents.unreadableLines === 1 ? 'was' : 'were'} skipped; the file keeps ${contents.unreadableLines === 1 ? 'it' : 'them'}. Every other review counts.`);
    }
    return new DocumentReviews(log, contents.entries, options);
  }

  /** Every entry, in log order. */
  get entries(): readonly ReviewLogEntry[] {
    return this.all;
  }

  /** The reviews that stand (grades not taken back), oldest first. */
  reviews(): readonly ReviewEntry[] {
    return (this.standing ??= standingReviews(this.all));
  }

  /**
   * The sequence number of the newest entry. A document file may hold a
   * higher one (its log was lost and restored from an older copy); new
   * entries are numbered after both, so none is mistaken for one already held.
   */
  lastSeq(applied: number): number {
    return Math.max(applied, this.all.at(-1)?.seq ?? 0);
  }

  /** Appends an entry durably and adds it to memory only once it is on disk. */
  async append(entry: NewReviewLogEntry, applied: number): Promise<ReviewLogEntry> {
    const numbered = { ...entry, seq: this.lastSeq(applied) + 1 } as ReviewLogEntry;
    await this.log.append(numbered);
    this.all.push(numbered);
    this.standing = null;
    return numbered;
  }

  /**
   * A log that is missing although the document file says it held reviews
   * was lost: its newest copy in a snapshot is put back. The cards keep
   * their schedules either way (the document file holds them); only the
   * history is at stake. Says what happened in a notice.
   */
  async recoverIfLost(applied: number): Promise<void> {
    if (this.log.onDisk || applied === 0) return;
    const path = this.log.path;
    const title = this.options.title;
    for (const copy of [...((await this.options.backupCopies?.()) ?? [])].sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime())) {
      let text: string;
      try {
        text = wholeLines(await readFile(copy.path, 'utf8'));
      } catch {
        continue;
      }
      // Never over a log written meanwhile: that one is newer than any copy.
      await writeFileExclusive(path, text).catch((error: unknown) => {
        if (!(error instanceof FileExistsError)) throw error;
      });
      const { log, contents } = await AppendOnlyLog.open(path, { parse: parseReviewLogEntry, onWritten: this.options.onWritten });
      this.log = log;
      this.all.splice(0, this.all.length, ...contents.entries);
      this.standing = null;
      this.options.onNotice(
        `The review history of "${title}" was missing. Gloss restored ${copy.label}, saved ${describeTime(copy.savedAt)}; reviews after that are missing from the history, but every card keeps its schedule.`,
      );
      return;
    }
    this.options.onNotice(`The review history of "${title}" is missing and no earlier copy was found. Every card keeps its schedule; the history of past reviews is gone.`);
  }

  /** Resolves once every append under way has ended. */
  flush(): Promise<void> {
    return this.log.flush();
  }
}

/**
 * Before an older document file (format 3) is upgraded, its reviews move
 * into the document's log. If the log exists already, an earlier upgrade
 * wrote it and may have been cut short before the file was replaced: it is
 * kept as it is, since grades may have been appended since.
 */
export async function moveReviewsToLog(dataDir: string, id: string, raw: Record<string, unknown>): Promise<void> {
  const lines = legacyReviewLines(raw['reviews']);
  if (lines === '') return;
  // Created only if absent, in one step: a log that appeared meanwhile is never replaced.
  await writeFileExclusive(reviewLogPath(dataDir, id), lines).catch((error: unknown) => {
    if (!(error instanceof FileExistsError)) throw error;
  });
}

/** A log's whole lines, to copy (a log grows in place, so a snapshot copies it, never links it); null if there is none. */
export async function readWholeLogLines(path: string): Promise<Buffer | null> {
  try {
    return wholeLineBytes(await readFile(path));
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}
