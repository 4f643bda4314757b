import type { DocumentSummary } from '../../shared/contract';
import { ChangeStamps } from './changeStamps';
import { createDocumentFiles } from './createDocumentFiles';
import type { NewDocument } from './documentData';
import type { DocumentFileData } from './documentFile';
import { DocumentGate } from './documentGate';
import { DocumentTexts } from './documentTexts';
import type { DocumentRepositoryOptions, DocumentSession } from './documentRepositoryOptions';
import { TextStore } from './textStore';
import { removeDocumentFiles } from './removeDocumentFiles';
import { DocumentReviewAccess } from './documentReviewAccess';

export type { DocumentRepositoryOptions, DocumentSession };

/**
 * Per-document files (documents/<id>.json) and texts. Each document is opened
 * lazily and kept open, so a change rewrites only that document's file.
 * Writes to one document run one at a time; a document that cannot be
 * opened is remembered as broken, with its reason, so the library can show it.
 */
export class DocumentRepository {
  /** Broken documents and why (see problemOf). */
  private readonly problems = new Map<string, string>();
  private readonly textFiles: DocumentTexts;
  private readonly stamps = new ChangeStamps();
  /** Every read and change of a document goes through it (see DocumentGate). */
  private readonly documents: DocumentGate;
  readonly texts: TextStore;
  /** Each document's review log: reviews recorded and read (see DocumentReviewAccess). */
  readonly reviews: DocumentReviewAccess;

  constructor(private readonly options: DocumentRepositoryOptions) {
    this.texts = new TextStore(options.dataDir);
    this.textFiles = new DocumentTexts(this.texts, options, this.problems);
    this.documents = new DocumentGate(options, this.textFiles, this.problems, this.stamps);
    this.reviews = new DocumentReviewAccess((id) => this.documents.open(id));
  }

  /** Stores a new document: its text first, then its file, so a crash leaves no entry without text. */
  create(input: NewDocument): Promise<DocumentFileData> {
    return createDocumentFiles(this.options, this.texts, this.documents.opened, input, (id) => this.discard(id));
  }

  /** Removes a document created just now whose library entry could not be written, so nothing half-made stays. */
  async discard(id: string): Promise<void> {
    this.stamps.noteChange(id);
    await this.documents.opened.forget(id);
    await removeDocumentFiles(this.options.dataDir, id);
  }

  /** A document's file data; throws not_found for an id the library does not know. */
  async get(id: string): Promise<DocumentFileData> {
    return (await this.documents.open(id)).file.db.data;
  }

  /** Changes a document's data and resolves once the change is on disk; if it cannot be written, the data stays as it was. */
  async update<T>(id: string, change: (data: DocumentFileData) => T): Promise<T> {
    this.stamps.begin(id);
    try {
      return await (await this.documents.open(id)).file.db.transact(change);
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
      const { db } = (await this.documents.open(id)).file;
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
    return this.textFiles.startCheck(documents);
  }

  /** Resolves once the text check under way, if any, has ended: then problemOf knows every missing text. */
  textsChecked(): Promise<void> {
    return this.textFiles.checkSettled();
  }

  /** Stops the text check under way, if any, and resolves once it has ended (before closing). */
  stopTextCheck(): Promise<void> {
    return this.textFiles.stopCheck();
  }

  /** Why a document cannot be opened, or null if nothing is known to be wrong with it. */
  problemOf(id: string): string | null {
    return this.problems.get(id) ?? null;
  }

  /** Resolves once every document change under way has ended and its writes are on disk. */
  flush(): Promise<void> {
    return this.documents.opened.flush();
  }

  /**
   * Runs `work` (a restore) while no document can be read or changed: waits
   * for the changes under way, refuses later ones on the old data with
   * `reason`, and opens every document afresh from disk afterwards.
   */
  replaceAll<T>(reason: string, work: () => Promise<T>): Promise<T> {
    return this.documents.replaceAll(reason, work);
  }
}
