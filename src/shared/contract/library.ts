import { z } from 'zod';
import { TextStructure } from '../text/blocks';
import { AnnotationView } from './annotations';
import { DocumentId, Timestamp, Ack, NoParams, method } from './common';

/** Where the reader was: the first paragraph visible at the top of the page. */
export const ReadingPosition = z.strictObject({
  paragraph: z.number().int().min(0),
});
export type ReadingPosition = z.infer<typeof ReadingPosition>;

/** What the library sidebar shows of a document. */
export const DocumentSummary = z.strictObject({
  id: DocumentId,
  title: z.string().min(1).max(500),
  source: z.string().max(500),
  addedAt: Timestamp,
  textVersion: z.number().int().min(1),
  wordCount: z.number().int().min(0),
  charCount: z.number().int().min(0),
  paragraphCount: z.number().int().min(0),
  readingPosition: ReadingPosition.nullable(),
  /** SHA-256 of the file it was imported from (importing the same file again asks first). */
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** When it was opened last; absent if never. */
  lastOpenedAt: Timestamp.optional(),
  /** When it was moved to the Trash; absent while it is in the library. Trashed documents are removed for good after 30 days. */
  trashedAt: Timestamp.optional(),
  /** Why the document cannot be opened (a missing text, a file from a newer Gloss); absent when it can. Never stored. */
  problem: z.string().min(1).optional(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** A document left out of a call over the whole library because it cannot be opened, and why. */
export const SkippedDocument = z.strictObject({ documentId: DocumentId, title: z.string(), problem: z.string() });
export type SkippedDocument = z.infer<typeof SkippedDocument>;

/** A document as the reader needs it: its summary, its plain text and its highlights, re-anchored. */
export const OpenedDocument = z.strictObject({
  summary: DocumentSummary,
  text: z.string(),
  annotations: z.array(AnnotationView),
  /** Its layout: headings, lists, quotes, speaker turns (empty for plain paragraphs). */
  structure: TextStructure,
});
export type OpenedDocument = z.infer<typeof OpenedDocument>;

/** What the library view shows of a document beyond its summary: counts read from its own file. */
export const DocumentStats = z.strictObject({
  id: DocumentId,
  highlights: z.number().int().min(0),
  cards: z.number().int().min(0),
  /** Cards to review now (new cards not counted). */
  dueCards: z.number().int().min(0),
  newCards: z.number().int().min(0),
});
export type DocumentStats = z.infer<typeof DocumentStats>;

/** How long a document stays in the Trash before it is removed for good. */
export const TRASH_DAYS = 30;

export const libraryMethods = {
  /** Every document in the library, most recently added first. */
  'library:list': method(NoParams, z.strictObject({ documents: z.array(DocumentSummary) }), { readOnly: true }),
  /** Loads a document's current text and remembers it as the last one opened. */
  'document:open': method(z.strictObject({ id: DocumentId }), OpenedDocument),
  /**
   * Loads a document's current text, highlights and layout without remembering
   * anything: not the last one opened, nor where re-anchoring found moved highlights (for tools that only read).
   */
  'document:read': method(z.strictObject({ id: DocumentId }), OpenedDocument, { readOnly: true }),
  /** Counts for the library view, for the documents asked (a document that cannot be opened is left out). */
  'library:stats': method(z.strictObject({ ids: z.array(DocumentId).max(500) }), z.strictObject({ documents: z.array(DocumentStats) }), { readOnly: true }),
  /** Changes a document's title and, if given, its source. */
  'document:rename': method(
    z.strictObject({ id: DocumentId, title: z.string().trim().min(1).max(500), source: z.string().trim().max(500).optional() }),
    DocumentSummary,
  ),
  /** Moves a document to the Trash, with its highlights and cards; it is removed for good after TRASH_DAYS days. */
  'document:trash': method(z.strictObject({ id: DocumentId }), DocumentSummary),
  /** Brings a document back from the Trash as it was. */
  'document:restore': method(z.strictObject({ id: DocumentId }), DocumentSummary),
  /** Removes documents in the Trash for good (one, or all when no id is given); returns how many. */
  'trash:empty': method(z.strictObject({ id: DocumentId.optional() }), z.strictObject({ removed: z.number().int().min(0) })),
  /** Remembers where the reader is in a document, so a relaunch returns there. */
  'document:setReadingPosition': method(
    z.strictObject({ id: DocumentId, position: ReadingPosition }),
    Ack,
  ),
};
