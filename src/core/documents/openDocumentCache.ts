import type { DocumentFileData } from './documentFile';
import type { OpenDocument } from './openDocumentFiles';

/**
 * The documents opened so far: each is opened on first use and kept open,
 * so a change rewrites only its own file. A document that fails to open is
 * forgotten, so the next use tries again (its files may have been mended).
 */
export class OpenDocumentCache {
  private readonly opened = new Map<string, Promise<OpenDocument>>();

  constructor(
    /** Opens a document's files; `initial` is the data of a document created just now. */
    private readonly openFiles: (id: string, initial?: DocumentFileData) => Promise<OpenDocument>,
    /** What to throw when a document fails to open (see DocumentGate). */
    private readonly explainFailure: (id: string, error: unknown) => unknown,
  ) {}

  /** The open document, opened now if it was not yet. */
  get(id: string): Promise<OpenDocument> {
    let file = this.opened.get(id);
    if (!file) {
      file = this.openFiles(id).catch((error: unknown) => {
        this.opened.delete(id);
        throw this.explainFailure(id, error);
      });
      this.opened.set(id, file);
    }
    return file;
  }

  /** Opens a document created just now with its first data, and resolves once its file is on disk. */
  async add(id: string, initial: DocumentFileData): Promise<void> {
    const file = this.openFiles(id, initial);
    this.opened.set(id, file);
    await file;
  }

  /** Forgets a document, once an opening of it under way has ended (however it ended). */
  async forget(id: string): Promise<void> {
    const file = this.opened.get(id);
    this.opened.delete(id);
    await file?.catch(() => undefined);
  }

  /** Resolves once every open document's changes under way have ended and their writes are on disk. */
  async flush(): Promise<void> {
    const files = await Promise.allSettled(this.opened.values());
    await Promise.all(files.map(async (f) => (f.status === 'fulfilled' ? Promise.all([f.value.file.db.settled(), f.value.reviews.flush()]) : undefined)));
  }

  /** Closes every open document (a later change of one is refused with `reason`) and forgets them all. */
  async closeAll(reason: string): Promise<void> {
    const files = await Promise.allSettled(this.opened.values());
    await Promise.all(files.map((f) => (f.status === 'fulfilled' ? f.value.file.db.close(reason) : undefined)));
    this.opened.clear();
  }
}
