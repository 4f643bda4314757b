import { z } from 'zod';
import { AnnotationId } from './annotations';
import { DocumentId, method } from './common';
import { Base64File, MAX_IMPORT_BYTES } from './imports';

/** How a Markdown export groups highlights: in document order, or under each tag, colour or speaker. */
export const MarkdownGrouping = z.enum(['document', 'tag', 'colour', 'speaker']);
export type MarkdownGrouping = z.infer<typeof MarkdownGrouping>;

/** Which part of the library an export covers: some documents (absent: the whole library), or chosen highlights of one. */
export const ExportScope = z
  .strictObject({
    documentIds: z.array(DocumentId).min(1).max(100_000).optional(),
    /** Only these highlights; needs exactly one document. */
    annotationIds: z.array(AnnotationId).min(1).max(1_000_000).optional(),
  })
  .refine((scope) => !scope.annotationIds || scope.documentIds?.length === 1, 'chosen highlights must come from exactly one document');
export type ExportScope = z.infer<typeof ExportScope>;

/** What an export produced: a file name to suggest and the file's text. */
export const ExportedText = z.strictObject({
  fileName: z.string().min(1),
  content: z.string(),
  counts: z.strictObject({ documents: z.number().int().min(0), highlights: z.number().int().min(0), cards: z.number().int().min(0) }),
});
export type ExportedText = z.infer<typeof ExportedText>;

/** A binary export (a zip, an SQLite deck): a file name to suggest, its media type and its bytes in base64. */
export const ExportedFile = z.strictObject({
  fileName: z.string().min(1),
  mediaType: z.string().min(1),
  data: z.base64(),
  counts: ExportedText.shape.counts,
});
export type ExportedFile = z.infer<typeof ExportedFile>;

/** What importing a REFI-QDA project added: its documents, highlights (orphans among them) and codes, and what it had to change or leave out. */
export const QdpxImportResult = z.strictObject({
  /** The new documents, in the project's order. */
  documents: z.array(DocumentId),
  highlights: z.number().int().min(0),
  /** Highlights that could not be placed in their text, kept as orphans with the reason. */
  orphans: z.number().int().min(0),
  codes: z.number().int().min(0),
  /** Sentences for the user: names changed to fit tags, parts of the project Gloss has no place for. */
  warnings: z.array(z.string()),
});
export type QdpxImportResult = z.infer<typeof QdpxImportResult>;

/** An Anki export's file: a package (.apkg) with its own note types, or Anki's plain-text notes (.txt) for its stock ones. */
export const AnkiFormat = z.enum(['apkg', 'text']);
export type AnkiFormat = z.infer<typeof AnkiFormat>;

export const exportMethods = {
  /** Notes as Markdown: front matter, a heading per document, each highlight as a quote with its details, then the cards. */
  'export:markdown': method(z.strictObject({ scope: ExportScope, groupBy: MarkdownGrouping }), ExportedText, { readOnly: true }),
  /**
   * Cards for Anki: a cloze note per sentence (its cards as c1, c2…) and a Basic note per question, with the source
   * passage and title on the back, tags as Anki tags, a deck per document, and GUIDs that let a second import update.
   */
  'export:anki': method(z.strictObject({ scope: ExportScope, format: AnkiFormat }), ExportedFile, { readOnly: true }),
  /** Highlights as W3C Web Annotations (JSON-LD): quote and position selectors, note, tags and category as bodies. */
  'export:w3c': method(z.strictObject({ scope: ExportScope }), ExportedText, { readOnly: true }),
  /**
   * Reads W3C Web Annotations back: each joins the document with the same text
   * (by its SHA-256), or all join `documentId` when given. Words not found make orphans, with the reason.
   */
  'import:w3c': method(
    z.strictObject({ content: z.string().min(1).max(MAX_IMPORT_BYTES), documentId: DocumentId.optional() }),
    z.strictObject({ imported: z.number().int().min(0), orphans: z.number().int().min(0), documentIds: z.array(DocumentId), problems: z.array(z.string()) }),
  ),
  /**
   * A REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA or QualCoder: the
   * documents as text sources, the tags as codes (nested, with colours and
   * descriptions), each highlight a coded selection with its note.
   */
  'export:qdpx': method(z.strictObject({ scope: ExportScope }), ExportedFile, { readOnly: true }),
  /**
   * Imports a REFI-QDA project: each text source a new document, each code a
   * tag, each coded selection a highlight (an orphan, with the reason, when
   * its place does not fit the text). A file that is not a readable project
   * is refused with `bad_input` and the library is left as it was.
   */
  'import:qdpx': method(z.strictObject({ fileName: z.string().min(1).max(1000), data: Base64File }), QdpxImportResult),
};
