import { join } from 'node:path';
import { z } from 'zod';
import { DocumentSummary, Settings } from '../../shared/contract';
import { currentTextVersion, readAllDocumentFiles, type DocumentFileData } from '../documents/documentFile';
import { DEFAULT_CATEGORIES } from '../annotations/defaultCategories';
import { openVersionedFile, type Migrations, type OpenedVersionedFile } from '../storage/versionedFile';

export const LIBRARY_FILE_VERSION = 3;

/** library.json: the small index every screen needs (documents list, settings). */
export const LibraryFileData = z.strictObject({
  schemaVersion: z.literal(LIBRARY_FILE_VERSION),
  documents: z.array(DocumentSummary),
  settings: Settings,
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
  };
}

/** Upgrades of library.json, each from the version named by its key. */
export const LIBRARY_MIGRATIONS: Migrations = {
  // Version 2 brings highlight colours as named categories, and the colour in use.
  1: (data) => ({ ...data, settings: { ...(data['settings'] as object), categories: DEFAULT_CATEGORIES, currentColor: 'c1' } }),
  // Version 3 brings flashcards: the FSRS desired retention and the daily limit of new cards.
  2: (data) => ({ ...data, settings: { ...(data['settings'] as object), desiredRetention: 0.9, newCardsPerDay: 20 } }),
};

/** Opens library.json, rebuilding it from the document files if it is damaged. */
export function openLibraryFile(dataDir: string, now: () => Date): Promise<OpenedVersionedFile<LibraryFileData>> {
  return openVersionedFile<LibraryFileData>({
    path: join(dataDir, 'library.json'),
    currentVersion: LIBRARY_FILE_VERSION,
    schema: LibraryFileData,
    migrations: LIBRARY_MIGRATIONS,
    now,
    create: () => ({ schemaVersion: LIBRARY_FILE_VERSION, documents: [], settings: DEFAULT_SETTINGS, firstLaunchDone: false }),
    recover: async () => {
      const { documents, unreadable } = await readAllDocumentFiles(dataDir);
      const summaries = documents.map(summarize).sort((a, b) => b.addedAt.localeCompare(a.addedAt));
      const lost = unreadable > 0 ? ` ${unreadable} document file(s) could not be read either and were left in place.` : '';
      return {
        data: { schemaVersion: LIBRARY_FILE_VERSION, documents: summaries, settings: DEFAULT_SETTINGS, firstLaunchDone: true },
        summary: `Gloss rebuilt the library from the documents' own files (${summaries.length} recovered); settings and reading positions were reset.${lost}`,
      };
    },
  });
}
