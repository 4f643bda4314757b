import { z } from 'zod';
import { TextStructure } from '../text/blocks';
import { DocumentId, Timestamp, method } from './common';
import { TagList } from './tagSchema';

/** The longest note Gloss accepts: far beyond any real note, small enough to keep files sane. */
export const MAX_NOTE_LENGTH = 2_000_000;

/** The longest text a document may have, in UTF-16 code units (a long book is ~3–5 million). */
export const MAX_TEXT_LENGTH = 64 * 1024 * 1024;

export const AnnotationId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'an annotation id is 1–64 lowercase letters, digits or dashes');

/** A highlight colour, which is also a category (Key fact, Claim, …). */
export const CategoryId = z.enum(['c1', 'c2', 'c3', 'c4', 'c5']);
export type CategoryId = z.infer<typeof CategoryId>;

export const Category = z.strictObject({ id: CategoryId, name: z.string().trim().min(1).max(40) });
export type Category = z.infer<typeof Category>;

/** W3C Web Annotation TextQuoteSelector: the quote with up to 32 characters around it. */
export const TextQuoteSelector = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().max(64),
  suffix: z.string().max(64),
});

/** W3C Web Annotation TextPositionSelector: offsets into the document's plain text. */
export const TextPositionSelector = z
  .strictObject({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((s) => s.end > s.start, 'end must be after start');

/** What a highlight points at, in the text version it was made or last saved in. */
export const AnnotationTarget = z.strictObject({
  textVersion: z.number().int().min(1),
  selector: z.tuple([TextQuoteSelector, TextPositionSelector]),
});
export type AnnotationTarget = z.infer<typeof AnnotationTarget>;

/**
 * Why a highlight is known to have no place in the current text, recorded
 * when it happened: its words were deleted in the editor and saved as
 * version `textVersion`, or it came without a place from another program
 * (an imported REFI-QDA project), `detail` saying why in the user's words.
 * Such a highlight is never searched for again, so a look-alike sentence
 * cannot inherit it.
 */
export const AnnotationDetachment = z.discriminatedUnion('reason', [
  z.strictObject({ reason: z.literal('deleted'), textVersion: z.number().int().min(1) }),
  z.strictObject({ reason: z.literal('unplaced'), detail: z.string().min(1).max(1000) }),
]);
export type AnnotationDetachment = z.infer<typeof AnnotationDetachment>;

/** A highlight as stored: W3C-style target, the note and colour as its bodies. */
export const StoredAnnotation = z.strictObject({
  id: AnnotationId,
  created: Timestamp,
  modified: Timestamp,
  color: CategoryId,
  note: z.string().max(MAX_NOTE_LENGTH),
  target: AnnotationTarget,
  /** The user's tags (the tagging bodies), in the order added; absent means none. */
  tags: z.array(z.string()).optional(),
  /** Present on an orphan whose words were deleted; the target keeps where it was before. */
  detached: AnnotationDetachment.optional(),
});
export type StoredAnnotation = z.infer<typeof StoredAnnotation>;

/** A highlight as the reader shows it: where it is now in the current text, or why it could not be placed. */
export const AnnotationView = z.strictObject({
  id: z.string(),
  created: Timestamp.nullable(),
  modified: Timestamp.nullable(),
  color: CategoryId,
  note: z.string(),
  quote: z.string(),
  tags: z.array(z.string()),
  /** Offsets in the current text, or null for an orphan. */
  anchor: z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) }).nullable(),
  /** Why an orphan could not be placed. */
  orphanReason: z.string().nullable(),
});
export type AnnotationView = z.infer<typeof AnnotationView>;

const Range = { start: z.number().int().min(0), end: z.number().int().min(0) };

export const annotationMethods = {
  /** Highlights a range of the current text; the core computes the selectors from its own copy of the text. */
  'annotation:create': method(
    z.strictObject({
      documentId: DocumentId,
      textVersion: z.number().int().min(1),
      ...Range,
      color: CategoryId,
      note: z.string().max(MAX_NOTE_LENGTH).optional(),
      tags: TagList.optional(),
      /** Chosen by the renderer so the highlight can be drawn before the write returns. */
      id: AnnotationId.optional(),
    }),
    AnnotationView,
  ),
  'annotation:update': method(
    z.strictObject({ documentId: DocumentId, id: AnnotationId, color: CategoryId.optional(), note: z.string().max(MAX_NOTE_LENGTH).optional(), tags: TagList.optional() }),
    AnnotationView,
  ),
  /** Deletes a highlight and returns it as stored, so the renderer can undo. */
  'annotation:delete': method(z.strictObject({ documentId: DocumentId, id: AnnotationId }), z.strictObject({ deleted: StoredAnnotation })),
  /** Puts back a deleted highlight exactly as it was (undo). */
  'annotation:restore': method(z.strictObject({ documentId: DocumentId, annotation: StoredAnnotation }), AnnotationView),
  /** Renames a colour category; the five colours themselves are fixed. */
  'category:rename': method(z.strictObject({ id: CategoryId, name: z.string().trim().min(1).max(40) }), z.strictObject({ categories: z.array(Category) })),
  /** Saves an edited text as a new version, with each highlight's new range (null: its text is gone) and the edited layout. */
  'document:saveText': method(
    z.strictObject({
      id: DocumentId,
      baseVersion: z.number().int().min(1),
      text: z.string().max(MAX_TEXT_LENGTH),
      anchors: z.array(z.strictObject({ id: AnnotationId, range: z.strictObject(Range).nullable() })),
      /** The new version's headings, lists, turns… over its paragraphs; absent for plain paragraphs. */
      structure: TextStructure.optional(),
    }),
    z.strictObject({ textVersion: z.number().int().min(1), annotations: z.array(AnnotationView) }),
  ),
};
