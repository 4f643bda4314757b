import { join } from 'node:path';
import { z } from 'zod';
import { DocumentSummary, NO_HIGHLIGHT_FILTER, Settings, TagEntry } from '../../shared/contract';
import { currentTextVersion, hasDocumentFiles, readAllDocumentFiles, type DocumentFileData } from '../documents/documentFile';
import { DEFAULT_CATEGORIES } from '../../shared/defaultCategories';
import type { FileFormat } from '../storage/fileFormat';
import type { BackupCopy } from '../storage/restoreNewestGoodCopy';
import { openVersionedFile, type Migrations, type OpenedVersionedFile } from '../storage/versionedFile';

export const LIBRARY_FILE_VERSION = 5;

/** library.json: the small index every screen needs (documents list, settings, the tags' codebook). */
export const LibraryFileData = z.strictObject({
  schemaVersion: z.literal(LIBRARY_FILE_VERSION),
  documents: z.array(DocumentSummary),
  settings: Settings,
  /** Every tag used or described, with its colour and description; the first spelling of a tag is kept here. */
  codebook: z.array(TagEntry),
  /** Set once the bundled interview has been offered, so deleting it sticks. */
  firstLaunchDone: z.boolean(),
});
export type LibraryFileData = z.infer<typeof LibraryFileData>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  lastDocumentId: null,
  categories: DEFAULT_CATEGORIES,
  currentColor: 'c1',
  desiredRetention: 0.9,
  newCardsPerDay: 20,
  highlightFilter: NO_HIGHLIGHT_FILTER,
};

/** The index entry of a document, from its own file. */
export function summarize(doc: DocumentFileData): DocumentSummary {
  const text = currentTextVersion(doc);
  return {
    id: doc.id,
    title: doc.title,
    source: doc.source,
    addedAt: doc.addedAt,
    textVersion: text.version,
    wordCount: text.wordCount,
    charCount: text.charCount,
    paragraphCount: text.paragraphCount,
    readingPosition: null,
    ...(doc.fileSha256 ? { fileSha256: doc.fileSha256 } : {}),
    ...(doc.trashedAt ? { trashedAt: doc.trashedAt } : {}),
  };
}

/** Upgrades of library.json, each from the version named by its key. */
export const LIBRARY_MIGRATIONS: Migrations = {
  // Version 2 brings highlight colours as named categories, and the colour in use.
  1: (data) => ({ ...data, settings: { ...(data['settings'] as object), categories: structuredClone(DEFAULT_CATEGORIES), currentColor: 'c1' } }),
  // Version 3 brings flashcards: the FSRS desired retention and the daily limit of new cards.
  2: (data) => ({ ...data, settings: { ...(data['settings'] as object), desiredRetention: 0.9, newCardsPerDay: 20 } }),
  // Version 4 brings imports and the Trash: documents may carry the imported file's hash, when they were trashed and last opened.
  3: (data) => data,
  // Version 5 brings tags on highlights: the codebook, and the highlight filter kept across launches.
  4: (data) => ({ ...data, codebook: [], settings: { ...(data['settings'] as object), highlightFilter: NO_HIGHLIGHT_FILTER } }),
};

/** How library.json is read: current format, schema and upgrades. */
export const LIBRARY_FORMAT: FileFormat<LibraryFileData> = {
  currentVersion: LIBRARY_FILE_VERSION,
  schema: LibraryFileData,
  migrations: LIBRARY_MIGRATIONS,
};

export interface LibraryFileOptions {
  /** Older copies of library.json (snapshots), newest first. */
  backupCopies?: () => Promise<BackupCopy[]>;
  /** Called after each write that reached the disk. */
  onWritten?: () => void;
}

/**
 * Opens library.json. A lost one (damaged, or missing while copies of it or
 * document files exist) is restored from its newest good copy (then brought
 * up to date with the document files written since), or else rebuilt from
 * the document files; only a data directory without documents gets a new one.
 */
export function openLibraryFile(dataDir: string, now: () => Date, options: LibraryFileOptions = {}): Promise<OpenedVersionedFile<LibraryFileData>> {
  return openVersionedFile<LibraryFileData>({
    ...LIBRARY_FORMAT,
    path: join(dataDir, 'library.json'),
    now,
    create: () => ({ schemaVersion: LIBRARY_FILE_VERSION, documents: [], settings: structuredClone(DEFAULT_SETTINGS), codebook: [], firstLaunchDone: false }),
    // Document files without a library.json: it was lost. An empty new one would hide every document.
    leftTraces: () => hasDocumentFiles(dataDir),
    backups: async () => (await options.backupCopies?.()) ?? [],
    afterRestore: (data) => addUnlistedDocuments(dataDir, data),
    adapter: { onWritten: options.onWritten },
    recover: async () => {
      const { documents, unreadable } = await readAllDocumentFiles(dataDir);
      const summaries = documents.map(summarize).sort((a, b) => b.addedAt.localeCompare(a.addedAt));
      const lost = unreadable > 0 ? ` ${unreadable} document file(s) could not be read either and were left in place.` : '';
      return {
        data: { schemaVersion: LIBRARY_FILE_VERSION, documents: summaries, settings: structuredClone(DEFAULT_SETTINGS), codebook: [], firstLaunchDone: true },
        summary: `No earlier copy of it was found, so Gloss rebuilt the library from the documents' own files (${summaries.length} recovered); settings, reading positions and the tags' colours and descriptions were reset.${lost}`,
      };
    },
  });
}

/** A restored library.json lists every document whose file exists, including any added after the copy was made. */
export async function addUnlistedDocuments(dataDir: string, data: LibraryFileData): Promise<LibraryFileData> {
  const listed = new Set(data.documents.map((doc) => doc.id));
  const unlisted = (await readAllDocumentFiles(dataDir)).documents.filter((doc) => !listed.has(doc.id)).map(summarize);
  const documents = [...unlisted, ...data.documents].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
  // A library with documents is past its first launch, whatever the older copy says: never seed the interview twice.
  return { ...data, documents, firstLaunchDone: data.firstLaunchDone || documents.length > 0 };
}
