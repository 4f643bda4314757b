import { z } from 'zod';
import { AnnotationView, CategoryId } from './annotations';
import { DocumentId, method } from './common';
import { SkippedDocument } from './library';
import { Tag } from './tagSchema';

/** A codebook colour for a tag: one of the highlight colours. */
export const TagColor = CategoryId;

/** A tag in the library's codebook: its spelling, and what the analyst wrote about it. */
export const TagEntry = z.strictObject({
  /** The spelling kept for it (the first one used). */
  name: z.string().min(1),
  color: TagColor.optional(),
  description: z.string().max(4000).optional(),
});
export type TagEntry = z.infer<typeof TagEntry>;

/** Counts of highlights and cards, with the highlights per document id (documents without any left out). */
const UsageCounts = {
  highlights: z.number().int().min(0),
  cards: z.number().int().min(0),
  byDocument: z.record(z.string(), z.number().int().min(0)),
};

/** How often a tag is used: by itself, and with its children. */
export const TagUsage = z.strictObject({
  name: z.string(),
  /** Items with this very tag. */
  ...UsageCounts,
  /**
   * Items with this tag or one under it, each counted once: a highlight tagged
   * both "war" and "war/1812" is one highlight of "war", which summing the
   * children's own counts would count twice.
   */
  withChildren: z.strictObject(UsageCounts),
});
export type TagUsage = z.infer<typeof TagUsage>;

/** The tags one item had before a codebook change, to put them back on undo. */
const ItemTags = z.strictObject({ id: z.string(), tags: z.array(z.string()) });

/**
 * What a rename, merge or delete changed, as it was before: the codebook and
 * each touched highlight's and card's tags. Handing it to `tags:restore` undoes the change.
 */
export const TagChange = z.strictObject({
  codebook: z.array(TagEntry),
  documents: z.array(z.strictObject({ documentId: DocumentId, annotations: z.array(ItemTags), cards: z.array(ItemTags) })),
  /** How many highlights and cards the change touched, for the message. */
  highlights: z.number().int().min(0),
  cards: z.number().int().min(0),
  /** Documents that could not be opened, so kept their tags as they were. */
  skipped: z.array(SkippedDocument).optional(),
  /** A rename's new name as the library spells it (the codebook's spelling of an existing tag wins). */
  renamedTo: Tag.optional(),
  /** The saved highlight filter's tags before the change, when the change touched them. */
  filterTags: z.array(Tag).optional(),
});
export type TagChange = z.infer<typeof TagChange>;

/** A highlight found by its tag, with the document it is in. */
export const TaggedPassage = z.strictObject({ documentId: DocumentId, documentTitle: z.string(), annotation: AnnotationView });
export type TaggedPassage = z.infer<typeof TaggedPassage>;

export const tagMethods = {
  /** The library's codebook: every tag in use or described, in name order. Cheap: read from library.json. */
  'tags:list': method(z.strictObject({}), z.strictObject({ tags: z.array(TagEntry) }), { readOnly: true }),
  /** How often each tag is used, per document: the tag tree's counts and the code × document table. */
  'tags:usage': method(
    z.strictObject({}),
    z.strictObject({ tags: z.array(TagUsage), documents: z.array(z.strictObject({ id: DocumentId, title: z.string() })) }),
    { readOnly: true },
  ),
  /** The highlights carrying a tag (or one under it), in one document or the whole library, in document order. */
  'tags:passages': method(
    z.strictObject({ tag: Tag, documentId: DocumentId.optional(), includeChildren: z.boolean().optional() }),
    z.strictObject({ passages: z.array(TaggedPassage) }),
    { readOnly: true },
  ),
  /** Sets a tag's colour and description in the codebook (null clears one); the tag need not be in use yet. */
  'tag:describe': method(
    z.strictObject({ name: Tag, color: TagColor.nullable().optional(), description: z.string().max(4000).nullable().optional() }),
    TagEntry,
  ),
  /**
   * Renames a tag everywhere, its children with it ("a" → "b" makes "a/x" "b/x").
   * Onto an existing tag it merges: items get the target once. Refused onto
   * the tag's own child. Returns what it changed, for undo.
   */
  'tag:rename': method(z.strictObject({ from: Tag, to: Tag }), TagChange),
  /** Removes a tag and its children from every highlight and card and from the codebook; returns what it changed, for undo. */
  'tag:delete': method(z.strictObject({ name: Tag }), TagChange),
  /** Puts back what a rename, merge or delete changed (undo). */
  'tags:restore': method(z.strictObject({ change: TagChange }), z.strictObject({ ok: z.literal(true) })),
};
