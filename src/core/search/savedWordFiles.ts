import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errnoCode } from '../storage/errno';
import { assertWritesAllowed, removeIfAllowed } from '../storage/writeFence';
import { writeFileAtomic } from '../storage/writeFileAtomic';

/** The folder of the saved word maps, in the data directory: a cache, never part of backups or exports. */
export const SAVED_WORDS_DIR = 'search-index';

const FILE_SUFFIX = '.words';

/** Where a document's saved word map lives. */
export function savedWordsPath(dataDir: string, documentId: string): string {
  return join(dataDir, SAVED_WORDS_DIR, `${documentId}${FILE_SUFFIX}`);
}

/**
 * The word maps of document texts, saved beside the library so that a launch
 * reads a text's words only when the text is new to it. A cache: the texts
 * stay the truth, and what is read here is checked before use (see
 * decodeWordChunks). Writes are atomic, fenced like every write of the data
 * directory, and made one at a time in the background; none starts once
 * the core is closing, and `settled` lets the close wait for the one under way.
 */
export class SavedWordFiles {
  private queue: Promise<void> = Promise.resolve();
  private reported = false;

  constructor(
    private readonly dataDir: string,
    private readonly closing: AbortSignal,
  ) {}

  /** The saved bytes for a document, or undefined when there are none (or they cannot be read). */
  async read(documentId: string): Promise<Uint8Array | undefined> {
    try {
      return await readFile(savedWordsPath(this.dataDir, documentId));
    } catch {
      return undefined;
    }
  }

  /** Saves a document's word map, replacing the one before. */
  save(documentId: string, bytes: Uint8Array): void {
    this.enqueue(async () => {
      const path = savedWordsPath(this.dataDir, documentId);
      // Not even the folder is made once the lock is lost.
      assertWritesAllowed(path);
      await mkdir(join(this.dataDir, SAVED_WORDS_DIR), { recursive: true });
      await writeFileAtomic(path, bytes);
    });
  }

  /** Removes a document's saved map (the document is gone). */
  remove(documentId: string): void {
    this.enqueue(() => removeIfAllowed(savedWordsPath(this.dataDir, documentId)));
  }

  /** Removes the saved maps of documents not in `keep` (deleted, here or while Gloss was closed). */
  removeAllBut(keep: ReadonlySet<string>): void {
    this.enqueue(async () => {
      let names: string[];
      try {
        names = await readdir(join(this.dataDir, SAVED_WORDS_DIR));
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') return;
        throw error;
      }
      for (const name of names) {
        if (!name.endsWith(FILE_SUFFIX) || keep.has(name.slice(0, -FILE_SUFFIX.length)) || this.closing.aborted) continue;
        await removeIfAllowed(join(this.dataDir, SAVED_WORDS_DIR, name));
      }
    });
  }

  /** Resolves once the writes queued so far have ended. */
  settled(): Promise<void> {
    return this.queue;
  }

  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue.then(async () => {
      if (this.closing.aborted) return;
      try {
        await work();
      } catch (error) {
        // Saving is an optimisation: a full disk or a read-only folder costs the next launch a rebuild, and is said once.
        if (this.reported || this.closing.aborted) return;
        this.reported = true;
        console.error('Gloss: the search index could not be saved for the next launch (it is rebuilt then):', error);
      }
    });
  }
}
