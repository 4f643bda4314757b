import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DocumentSummary } from '../../shared/contract';
import { FILE_SYSTEM_CONCURRENCY, forEachConcurrently } from '../forEachConcurrently';
import { StoppableRun } from '../stoppableRun';
import { errnoCode } from '../storage/errno';
import type { BackupCopy } from '../storage/restoreNewestGoodCopy';
import { BrokenDocumentError, missingTextProblem } from './brokenDocument';
import { isStoredText } from './documentFile';
import { restoreTextFromSnapshot, type StoredTextCheck } from './restoreTextFromSnapshot';
import type { TextStore } from './textStore';

export interface DocumentTextsOptions {
  dataDir: string;
  onNotice: (message: string) => void;
  backupCopiesOf?: (relativePath: string) => Promise<BackupCopy[]>;
  onBroken?: (ids: readonly string[]) => void;
}

/**
 * Reading a document's texts when one may be missing: a missing version is
 * put back from the newest snapshot that holds it (texts never change, so any
 * copy is the right one); if none does, the document is marked broken with
 * the reason instead of failing as a bare "file not found".
 */
export class DocumentTexts {
  /** The whole-library text check (see startCheck). */
  private readonly check = new StoppableRun();

  constructor(
    private readonly store: TextStore,
    private readonly options: DocumentTextsOptions,
    /** Broken documents and why, shared with the repository. */
    private readonly problems: Map<string, string>,
  ) {}

  /**
   * A text version; throws BrokenDocumentError (and marks the document
   * broken) if it is missing, or damaged (`stored` says what it should be),
   * and no snapshot holds a good copy.
   */
  async read(id: string, version: number, title: string, stored?: StoredTextCheck): Promise<string> {
    const text = await this.find(id, version, title, stored);
    if (text === null) throw this.markMissing(id, version, title);
    if (typeof text !== 'string') throw this.markDamaged(id, version, title, text.keptAs);
    return text;
  }

  /**
   * A text version, restored from a snapshot if it is missing or damaged;
   * null if it is missing and no snapshot holds it, `{ keptAs }` if it is
   * damaged (set aside there) and no snapshot holds a good copy.
   */
  async find(id: string, version: number, title: string, stored?: StoredTextCheck): Promise<string | null | { keptAs: string }> {
    // A text in memory was checked when it was read (or written by this process): hashing a book on every read would cost every call.
    const known = this.store.cached(id, version);
    if (known !== undefined) return known;
    let text: string | null = null;
    try {
      text = await this.store.read(id, version);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
    if (text !== null && (!stored || isStoredText(text, stored))) return text;
    let keptAs: string | null = null;
    if (text !== null) {
      this.store.forget(id, version);
      // Damaged in place: kept for the user under another name, never overwritten.
      keptAs = await this.store.setAsideDamaged(id, version, new Date());
      this.options.onNotice(`The text of "${title}" (version ${version}) was damaged: it holds ${text.length.toLocaleString('en-US')} characters where ${stored!.charCount.toLocaleString('en-US')} were saved. It was kept as ${basename(keptAs)}.`);
    }
    if (!(await restoreTextFromSnapshot(this.store, this.options, id, version, title, stored, keptAs !== null))) return keptAs === null ? null : { keptAs };
    if (this.problems.get(id) === missingTextProblem(version)) this.problems.delete(id);
    return this.store.read(id, version);
  }

  /**
   * Checks the current text of every listed document (checkCurrent) in the
   * background and reports those newly found broken through onBroken,
   * once, at the end. A check under way is stopped by a later one and by
   * stopCheck; checkSettled lets the library list wait for it.
   */
  startCheck(documents: readonly DocumentSummary[]): Promise<void> {
    // A copy: the library's own array may change (an add puts a document first) while the check walks it.
    const listed = [...documents];
    return this.check.start(async (signal) => {
      const newlyBroken = await this.checkCurrent(listed, signal);
      if (newlyBroken.length > 0) this.options.onBroken?.(newlyBroken);
    });
  }

  /** Resolves once the check under way, if any, has ended. */
  checkSettled(): Promise<void> {
    return this.check.settled();
  }

  /** Stops the check under way, if any, and resolves once it has ended. */
  stopCheck(): Promise<void> {
    return this.check.stop();
  }

  /**
   * Checks that the current text of each document is there (a stat each,
   * several at a time), restoring or marking what is not; stops starting
   * new checks once `signal` is aborted. Returns the documents newly found
   * broken, for the caller to report together: one library:changed for the
   * lot rather than one per document.
   */
  async checkCurrent(documents: readonly DocumentSummary[], signal?: AbortSignal): Promise<string[]> {
    const newlyBroken: string[] = [];
    const check = async (doc: DocumentSummary): Promise<void> => {
      try {
        await access(this.store.pathOf(doc.id, doc.textVersion));
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT') return;
        if (await restoreTextFromSnapshot(this.store, this.options, doc.id, doc.textVersion, doc.title)) return;
        if (this.recordMissing(doc.id, doc.textVersion, doc.title).news) newlyBroken.push(doc.id);
      }
    };
    await forEachConcurrently(documents, check, { limit: FILE_SYSTEM_CONCURRENCY, ...(signal ? { signal } : {}) });
    return newlyBroken;
  }

  private markMissing(id: string, version: number, title: string): BrokenDocumentError {
    const { failure, news } = this.recordMissing(id, version, title);
    if (news) this.options.onBroken?.([id]);
    return failure;
  }

  private markDamaged(id: string, version: number, title: string, keptAs: string): BrokenDocumentError {
    const failure = new BrokenDocumentError('not_found', id, title, `its text (version ${version}) was damaged and no snapshot holds a good copy; the damaged file was kept as ${basename(keptAs)}.`);
    const news = this.problems.get(id) !== failure.problem;
    this.problems.set(id, failure.problem);
    if (news) this.options.onBroken?.([id]);
    return failure;
  }

  /** Remembers that a document's text is missing; `news` if the library did not show it so yet. */
  private recordMissing(id: string, version: number, title: string): { failure: BrokenDocumentError; news: boolean } {
    const failure = new BrokenDocumentError('not_found', id, title, missingTextProblem(version));
    const news = this.problems.get(id) !== failure.problem;
    this.problems.set(id, failure.problem);
    return { failure, news };
  }
}
