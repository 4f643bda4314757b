import { access, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DocumentSummary } from '../../shared/contract';
import { FILE_SYSTEM_CONCURRENCY, forEachConcurrently } from '../forEachConcurrently';
import { errnoCode } from '../storage/errno';
import type { BackupCopy } from '../storage/restoreNewestGoodCopy';
import { describeTime } from '../storage/versionedFile';
import { fsyncDirectory } from '../storage/writeFileAtomic';
import { FileExistsError, placeExclusive } from '../storage/writeFileExclusive';
import { BrokenDocumentError, missingTextProblem } from './brokenDocument';
import { textRelativePath } from './documentFile';
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
  constructor(
    private readonly store: TextStore,
    private readonly options: DocumentTextsOptions,
    /** Broken documents and why, shared with the repository. */
    private readonly problems: Map<string, string>,
  ) {}

  /** A text version; throws BrokenDocumentError (and marks the document broken) if it is missing and no snapshot holds it. */
  async read(id: string, version: number, title: string): Promise<string> {
    const text = await this.find(id, version, title);
    if (text === null) throw this.markMissing(id, version, title);
    return text;
  }

  /** A text version, restored from a snapshot if it is missing; null if no snapshot holds it either. */
  async find(id: string, version: number, title: string): Promise<string | null> {
    try {
      return await this.store.read(id, version);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
    if (!(await this.restoreMissing(id, version, title))) return null;
    if (this.problems.get(id) === missingTextProblem(version)) this.problems.delete(id);
    return this.store.read(id, version);
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
        if (await this.restoreMissing(doc.id, doc.textVersion, doc.title)) return;
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

  /** Remembers that a document's text is missing; `news` if the library did not show it so yet. */
  private recordMissing(id: string, version: number, title: string): { failure: BrokenDocumentError; news: boolean } {
    const failure = new BrokenDocumentError('not_found', id, title, missingTextProblem(version));
    const news = this.problems.get(id) !== failure.problem;
    this.problems.set(id, failure.problem);
    return { failure, news };
  }

  private async restoreMissing(id: string, version: number, title: string): Promise<boolean> {
    const copies = (await this.options.backupCopiesOf?.(textRelativePath(id, version))) ?? [];
    const target = this.store.pathOf(id, version);
    for (const copy of copies) {
      try {
        await mkdir(dirname(target), { recursive: true });
        await placeExclusive(copy.path, target);
        await fsyncDirectory(dirname(target));
      } catch (error) {
        if (error instanceof FileExistsError) return true;
        continue;
      }
      this.options.onNotice(`The text of "${title}" (version ${version}) was missing from the data folder; Gloss restored it from a whole-library snapshot saved ${describeTime(copy.savedAt)}.`);
      return true;
    }
    return false;
  }
}
