import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DocumentId, Timestamp } from '../../shared/contract';
import { DurableJsonFile } from '../storage/durableJsonFile';
import { errnoCode } from '../storage/errno';
import type { FileFormat, Migrations } from '../storage/fileFormat';
import { legacyReviewCount } from '../cards/reviewLog';

export const DOCUMENT_FILE_VERSION = 5;

/** One stored version of a document's text; older versions are kept. */
export const TextVersion = z.strictObject({
  version: z.number().int().min(1),
  createdAt: Timestamp,
  wordCount: z.number().int().min(0),
  charCount: z.number().int().min(0),
  paragraphCount: z.number().int().min(0),
  /** SHA-256 of the text (UTF-8): a text damaged in place is told from the one stored. Versions stored before it have none. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** SHA-256 of the version's structure file (documents/structureFiles.ts); absent when the text is plain paragraphs. */
  structureSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
export type TextVersion = z.infer<typeof TextVersion>;

/**
 * documents/<id>.json: everything about one document except its text. It is
 * the source of truth for the document, so a lost library.json can be rebuilt.
 */
export const DocumentFileData = z.strictObject({
  schemaVersion: z.literal(DOCUMENT_FILE_VERSION),
  id: DocumentId,
  title: z.string().min(1).max(500),
  source: z.string().max(500),
  addedAt: Timestamp,
  textVersions: z.array(TextVersion).min(1),
  /**
   * Highlights, each validated on its own when the document opens: one
   * malformed entry becomes an orphan with its reason, and never makes the
   * whole file count as damaged.
   */
  annotations: z.array(z.unknown()),
  /** Flashcards, validated one by one like highlights (see cards/storedCard.ts). */
  cards: z.array(z.unknown()),
  /**
   * The cards' schedules hold every entry of the document's review log
   * (cards/reviewLog.ts) up to this sequence number; later ones are replayed
   * when the document opens.
   */
  reviewsApplied: z.number().int().min(0),
  /** SHA-256 of the file it was imported from, so importing it again can be noticed. */
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** When it was moved to the Trash; absent while it is in the library. */
  trashedAt: Timestamp.optional(),
});
export type DocumentFileData = z.infer<typeof DocumentFileData>;

/** Upgrades of document files, each from the version named by its key. */
export const DOCUMENT_MIGRATIONS: Migrations = {
  // Version 2 brings highlights.
  1: (data) => ({ ...data, annotations: [] }),
  // Version 3 brings flashcards and their review log.
  2: (data) => ({ ...data, cards: [], reviews: [] }),
  // Version 4 moves the review log into its own append-only file (written before this step, see moveReviewsToLog).
  3: ({ reviews, ...data }) => ({ ...data, reviewsApplied: legacyReviewCount(reviews) }),
  // Version 5 brings imports (a structure beside each text, the imported file's hash) and the Trash: all optional.
  4: (data) => data,
};

/** How document files are read: current format, schema and upgrades. */
export const DOCUMENT_FORMAT: FileFormat<DocumentFileData> = {
  currentVersion: DOCUMENT_FILE_VERSION,
  schema: DocumentFileData,
  migrations: DOCUMENT_MIGRATIONS,
};

/** Path of a document's own file. */
export function documentFilePath(dataDir: string, id: string): string {
  return join(dataDir, 'documents', `${id}.json`);
}

/** The same, relative to the data directory (as snapshots list their files). */
export function documentFileRelativePath(id: string): string {
  return `documents/${id}.json`;
}

/** A text version's path relative to the data directory. */
export function textRelativePath(id: string, version: number): string {
  return `texts/${id}/v${version}.txt`;
}

/** Whether a text read from disk is the one stored as `version` (its length, and its hash where recorded). */
export function isStoredText(text: string, version: Pick<TextVersion, 'charCount' | 'sha256'>): boolean {
  if (text.length !== version.charCount) return false;
  return version.sha256 === undefined || createHash('sha256').update(text).digest('hex') === version.sha256;
}

/** The newest text version of a document. */
export function currentTextVersion(doc: DocumentFileData): TextVersion {
  return doc.textVersions[doc.textVersions.length - 1]!;
}

/** Names in documents/ that are a document's file (`<id>.json`) or its previous generation (`<id>.json.prev`). */
const DOCUMENT_FILE_OR_PREVIOUS = /^[a-z0-9-]{1,64}\.json(\.prev)?$/;

/**
 * Whether documents/ holds any document's file or its previous generation:
 * then the data directory has been used, and a missing library.json was
 * lost rather than never made.
 */
export async function hasDocumentFiles(dataDir: string): Promise<boolean> {
  try {
    return (await readdir(join(dataDir, 'documents'))).some((name) => DOCUMENT_FILE_OR_PREVIOUS.test(name));
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return false;
    throw error;
  }
}

/**
 * Reads every document file that parses, for rebuilding the library index;
 * reports how many could not be read instead of failing on them.
 */
export async function readAllDocumentFiles(dataDir: string): Promise<{ documents: DocumentFileData[]; unreadable: number }> {
  let names: string[];
  try {
    names = await readdir(join(dataDir, 'documents'));
  } catch {
    return { documents: [], unreadable: 0 };
  }
  const documents: DocumentFileData[] = [];
  let unreadable = 0;
  for (const name of names.filter((n) => /^[a-z0-9-]{1,64}\.json$/.test(n)).sort()) {
    try {
      const parsed = DocumentFileData.safeParse(await new DurableJsonFile(join(dataDir, 'documents', name)).read());
      if (parsed.success) documents.push(parsed.data);
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  return { documents, unreadable };
}
