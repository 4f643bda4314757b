import { z } from 'zod';

/**
 * Structure over a document's plain text. The text stays the one space every
 * anchor lives in; what an imported file said about its layout (a heading, a
 * list item, a quote, a speaker's turn, emphasis, a link) is kept beside it,
 * as metadata on paragraph indices (see splitParagraphs).
 */

/** Emphasis, strong, inline code or a link over a span of one paragraph's display text: [from, to). */
export const InlineMark = z.strictObject({
  kind: z.enum(['emphasis', 'strong', 'code', 'link']),
  from: z.number().int().min(0),
  to: z.number().int().min(1),
  /** Links only: an absolute http(s) or mailto address (others are dropped on import). */
  href: z.string().max(2048).optional(),
});
export type InlineMark = z.infer<typeof InlineMark>;

/** A cue time in milliseconds from the start of a recording. */
const Millis = z.number().int().min(0);

/** What kind of block a paragraph is. A plain paragraph needs no entry at all. */
export const BlockKind = z.enum(['paragraph', 'heading', 'listItem', 'quote', 'turn', 'code']);
export type BlockKind = z.infer<typeof BlockKind>;

/** One paragraph's layout. Only paragraphs that are more than plain text get one. */
export const TextBlock = z.strictObject({
  /** Index of the paragraph in splitParagraphs(text). */
  paragraph: z.number().int().min(0),
  kind: BlockKind,
  /** Headings: 1 (a chapter or the title) to 6. */
  level: z.number().int().min(1).max(6).optional(),
  /** List items: numbered or bulleted, and the number shown. */
  ordered: z.boolean().optional(),
  number: z.number().int().min(0).max(1_000_000_000).optional(),
  /** List items and quotes: nesting, 0 for the outermost. */
  depth: z.number().int().min(0).max(8).optional(),
  /** Speaker turns: who speaks (shown beside the words; never part of the text, so never highlighted or carded). */
  speaker: z.string().min(1).max(200).optional(),
  /** Speaker turns from a recording: when the turn starts and ends. */
  startMs: Millis.optional(),
  endMs: Millis.optional(),
  /** Emphasis and links inside the paragraph. */
  marks: z.array(InlineMark).max(10_000).optional(),
});
export type TextBlock = z.infer<typeof TextBlock>;

/** A text version's structure: the blocks in paragraph order, at most one per paragraph. */
export const TextStructure = z.strictObject({
  blocks: z.array(TextBlock),
});
export type TextStructure = z.infer<typeof TextStructure>;
