import type { DocumentSummary, Settings, TagEntry } from '../../shared/contract';
import type { Commit, DurableDb } from '../storage/durableDb';
import type { LibraryFileData } from './libraryFile';

/**
 * library.json as the handlers see it: the documents listed, the settings,
 * and changes that resolve once they are on disk (and leave memory as the
 * disk has it if they cannot be written). How it is stored (lowdb, one
 * durable JSON file) stays behind it, as for DocumentRepository.
 */
export class LibraryRepository {
  constructor(private readonly db: DurableDb<LibraryFileData>) {}

  /** Every document the library lists, most recently added first. */
  get documents(): readonly DocumentSummary[] {
    return this.db.data.documents;
  }

  /** The documents in the library proper: not in the Trash. */
  get activeDocuments(): DocumentSummary[] {
    return this.db.data.documents.filter((doc) => !doc.trashedAt);
  }

  /** A listed document's entry, or undefined. */
  summaryOf(id: string): DocumentSummary | undefined {
    return this.db.data.documents.find((doc) => doc.id === id);
  }

  get settings(): Settings {
    return this.db.data.settings;
  }

  /** The tags' codebook: every tag used or described, with its first spelling. */
  get codebook(): readonly TagEntry[] {
    return this.db.data.codebook;
  }

  /** Whether the first launch's seeding (the bundled interview) has been done. */
  get firstLaunchDone(): boolean {
    return this.db.data.firstLaunchDone;
  }

  /** Changes the library and resolves once the change is on disk; resolves to what `change` returned. */
  update<T>(change: (data: LibraryFileData) => T): Promise<T> {
    return this.db.transact(change);
  }

  /** Runs `work` while no other library change can start (a restore replacing the whole file). */
  exclusive<T>(work: (commit: Commit<LibraryFileData>) => Promise<T>): Promise<T> {
    return this.db.exclusive(work);
  }

  /** Resolves once every change under way is on disk. */
  settled(): Promise<void> {
    return this.db.settled();
  }
}
