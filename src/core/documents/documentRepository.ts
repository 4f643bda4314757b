import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { GlossError, type DocumentSummary } from '../../shared/contract';
import type { Commit } from '../storage/durableDb';
import type { BackupCopy } from '../storage/restoreNewestGoodCopy';
import { StoppableRun } from '../stoppableRun';
import { explainWriteFailure } from '../storage/storageError';
import { LostFileError } from '../storage/versionedFile';
import { BrokenDocumentError, problemFromOpenFailure } from './brokenDocument';
import { ChangeStamps } from './changeStamps';
import { newDocumentData, type NewDocument } from './documentData';
import { rebuildLostDocument } from './rebuildLostDocument';
import { serializeStructure, writeStructure } from './structureFiles';
import { documentFilePath, type DocumentFileData } from './documentFile';
import { DocumentTexts } from './documentTexts';
import { openDocumentFiles, type OpenDocument } from './openDocumentFiles';
import { TextStore } from './textStore';
import { removeNoteFiles } from './noteFiles';
import { reviewLogPath, setSchedule, type NewReviewLogEntry, type ReviewLogEntry } from '../cards/reviewLog';
import type { ReviewEntry, StoredCard } from '../cards/storedCard';
import { removeIfAllowed } from '../storage/writeFence';

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

/**
 * Per-document files (documents/<id>.json) and texts. Each document is opened
 * lazily and kept open, so a change rewrites only that document's file.
 * Writes to one document run one at a time; a document that cannot be
 * opened is remembered as broken, with its reason, so the library can show it.
 */
export class DocumentRepository {
  private readonly opened = new Map<string, Promise<OpenDocument>>();
  /** Broken documents and why (see problemOf). */
  private readonly problems = new Map<string, string>();
  private readonly textFiles: DocumentTexts;
  private gate: Promise<void> = Promise.resolve();
  /** The whole-library text check (see checkTexts). */
  private readonly textCheck = new StoppableRun();
  private readonly stamps = new ChangeStamps();
  readonly texts: TextStore;

  constructor(private readonly options: DocumentRepositoryOptions) {
    this.texts = new TextStore(options.dataDir);
    this.textFiles = new DocumentTexts(this.texts, options, this.problems);
  }

  /** Stores a new document: its text first, then its file, so a crash leaves no entry without text. */
  async create(input: NewDocument): Promise<DocumentFileData> {
    const id = input.id ?? `doc-${randomUUID()}`;
    const structure = input.structure && input.structure.blocks.length > 0 ? serializeStructure(input.structure) : undefined;
    const data = newDocumentData(id, input, this.options.now().toISOString(), 1, structure?.sha256);
    try {
      await this.texts.write(id, 1, input.text);
      if (structure) await writeStructure(this.options.dataDir, id, 1, structure.json);
      await mkdir(join(this.options.dataDir, 'documents'), { recursive: true });
      const file = this.openFile(id, data);
      this.opened.set(id, file);
      await file;
    } catch (error) {
      await this.discard(id);
      throw explainWriteFailure(error);
    }
    return data;
  }

  /** Removes a document created just now whose library entry could not be written, so nothing half-made stays. */
  async discard(id: string): Promise<void> {
    this.stamps.noteChange(id);
    const file = this.opened.get(id);
    this.opened.delete(id);
    await file?.catch(() => undefined);
    await removeIfAllowed(documentFilePath(this.options.dataDir, id)).catch(() => undefined);
    await removeIfAllowed(reviewLogPath(this.options.dataDir, id)).catch(() => undefined);
    await removeNoteFiles(this.options.dataDir, id).catch(() => undefined);
    await removeIfAllowed(join(this.options.dataDir, 'texts', id), { recursive: true }).catch(() => undefined);
  }

  /** A document's file data; throws not_found for an id the library does not know. */
  async get(id: string): Promise<DocumentFileData> {
    return (await this.file(id)).file.db.data;
  }

  /** A document's reviews that stand (grades not taken back), oldest first. */
  async reviews(id: string): Promise<readonly ReviewEntry[]> {
    return (await this.file(id)).reviews.reviews();
  }

  /** A document's whole review log, in order (grades and the undoing of grades). */
  async reviewLog(id: string): Promise<readonly ReviewLogEntry[]> {
    return (await this.file(id)).reviews.entries;
  }

  /**
   * Records a review: `decide` reads the document (and may refuse by
   * throwing) and names the log entry to append and the card as it will
   * be; once the entry is on disk, memory takes the card's new schedule.
   * The document file is not rewritten: its next write carries it along.
   */
  async recordReview(id: string, decide: (data: DocumentFileData) => { entry: NewReviewLogEntry; card: StoredCard }): Promise<StoredCard> {
    const { file, reviews } = await this.file(id);
    return file.db.exclusive(async () => {
      file.db.throwIfClosed();
      const { entry, card } = decide(file.db.data);
      await reviews.append(entry, file.db.data.reviewsApplied);
      setSchedule(file.db.data.cards, card.id, card.schedule);
      return card;
    });
  }

  /** Changes a document's data and resolves once the change is on disk; if it cannot be written, the data stays as it was. */
  async update<T>(id: string, change: (data: DocumentFileData) => T): Promise<T> {
    this.stamps.begin(id);
    try {
      return await (await this.file(id)).file.db.transact(change);
    } finally {
      this.stamps.end(id);
    }
  }

  /**
   * Runs `work` while no other change of the document can start, so a check
   * (such as "is this still version 3?") and the writes it guards are one step.
   */
  async exclusive<T>(id: string, work: (session: DocumentSession) => Promise<T>): Promise<T> {
    this.stamps.begin(id);
    try {
      const { db } = (await this.file(id)).file;
      return await db.exclusive((commit) =>
        work({
          get data() {
            return db.data;
          },
          commit,
        }),
      );
    } finally {
      this.stamps.end(id);
    }
  }

  /** Differs after any change of a document's data and after a restore: see ChangeStamps. */
  changeStamp(id: string): string {
    return this.stamps.stampOf(id);
  }

  /** Whether no change of the document, and no restore, is under way: see ChangeStamps. */
  isSteady(id: string): boolean {
    return this.stamps.isSteady(id);
  }

  /**
   * A version of a document's text. A missing one, or one damaged in place
   * (not the length or hash stored for it), is restored from a snapshot if
   * one holds it; otherwise the document is marked broken and
   * BrokenDocumentError says so.
   */
  async readText(id: string, version: number): Promise<string> {
    const stored = (await this.get(id)).textVersions.find((entry) => entry.version === version);
    return this.textFiles.read(id, version, this.options.summaryOf(id)?.title ?? id, stored);
  }

  /**
   * Finds documents whose current text is missing (restoring it from a
   * snapshot where one can), a few at a time, and reports those newly found
   * broken through onBroken, once, at the end. It need not hold up the open:
   * textsChecked() lets the library list wait for it, and a check under way
   * is stopped by a later one, by replaceAll and by stopTextCheck.
   */
  checkTexts(documents: readonly DocumentSummary[]): Promise<void> {
    // A copy: the library's own array may change (an add puts a document first) while the check walks it.
    const listed = [...documents];
    return this.textCheck.start(async (signal) => {
      const newlyBroken = await this.textFiles.checkCurrent(listed, signal);
      if (newlyBroken.length > 0) this.options.onBroken?.(newlyBroken);
    });
  }

  /** Resolves once the text check under way, if any, has ended: then problemOf knows every missing text. */
  textsChecked(): Promise<void> {
    return this.textCheck.settled();
  }

  /** Stops the text check under way, if any, and resolves once it has ended (before closing). */
  stopTextCheck(): Promise<void> {
    return this.textCheck.stop();
  }

  /** Why a document cannot be opened, or null if nothing is known to be wrong with it. */
  problemOf(id: string): string | null {
    return this.problems.get(id) ?? null;
  }

  /** Resolves once every document change under way has ended and its writes are on disk. */
  async flush(): Promise<void> {
    const files = await Promise.allSettled(this.opened.values());
    await Promise.all(files.map(async (f) => (f.status === 'fulfilled' ? Promise.all([f.value.file.db.settled(), f.value.reviews.flush()]) : undefined)));
  }

  /**
   * Runs `work` (a restore) while no document can be read or changed: waits
   * for the changes under way, refuses later ones on the old data with
   * `reason`, and opens every document afresh from disk afterwards.
   */
  async replaceAll<T>(reason: string, work: () => Promise<T>): Promise<T> {
    let open!: () => void;
    const previous = this.gate;
    this.gate = new Promise((resolve) => (open = resolve));
    this.stamps.beginRestore();
    try {
      await previous;
      // A check still running would judge, and restore texts into, the files being replaced.
      await this.textCheck.stop();
      const files = await Promise.allSettled(this.opened.values());
      await Promise.all(files.map((f) => (f.status === 'fulfilled' ? f.value.file.db.close(reason) : undefined)));
      this.opened.clear();
      this.problems.clear();
      return await work();
    } finally {
      this.stamps.endRestore();
      open();
    }
  }

  private async file(id: string): Promise<OpenDocument> {
    await this.gate;
    if (!this.options.summaryOf(id)) throw new GlossError('not_found', `There is no document with id ${id}.`);
    let file = this.opened.get(id);
    if (!file) {
      file = this.openFile(id).catch((error: unknown) => {
        this.opened.delete(id);
        throw this.explainOpenFailure(id, error);
      });
      this.opened.set(id, file);
    }
    return file;
  }

  private explainOpenFailure(id: string, error: unknown): unknown {
    const broken = problemFromOpenFailure(error);
    if (!broken) return explainWriteFailure(error);
    const failure = new BrokenDocumentError(broken.code, id, this.options.summaryOf(id)?.title ?? id, broken.problem);
    const news = this.problems.get(id) !== broken.problem;
    this.problems.set(id, broken.problem);
    if (news) this.options.onBroken?.([id]);
    // The library shows the problem for as long as it lasts; a notice tells of what happened just now.
    if (error instanceof LostFileError && error.setAside) this.options.onNotice(failure.message);
    return failure;
  }

  private openFile(id: string, initial?: DocumentFileData): Promise<OpenDocument> {
    return openDocumentFiles({ ...this.options, title: this.options.summaryOf(id)?.title ?? initial?.title ?? id, rebuild: () => rebuildLostDocument(this.textFiles, id, this.options.summaryOf(id)) }, id, initial);
  }
}
