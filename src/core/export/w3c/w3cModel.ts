import { z } from 'zod';

/**
 * The W3C Web Annotation Data Model as Gloss writes and reads it
 * (https://www.w3.org/TR/annotation-model/): an AnnotationCollection whose
 * page holds one Annotation per highlight. The target's source is the
 * document's text, named by its SHA-256 (`urn:sha256:…`), so the same text
 * is found in another library; its label is the document's title.
 */

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Annotation ids Gloss writes: a URN holding the highlight's own id, kept on import. */
export const ANNOTATION_URN = 'urn:gloss:annotation:';
/** A text's identity: its SHA-256. */
export const TEXT_URN = 'urn:sha256:';

const TextQuote = z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1).max(1_000_000), prefix: z.string().max(10_000).optional(), suffix: z.string().max(10_000).optional() });
const TextPosition = z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(1) });
/** Any other selector another tool wrote: read past, not refused. */
const OtherSelector = z.object({ type: z.string() });
export const W3cSelector = z.union([TextQuote, TextPosition, OtherSelector]);

/** A body: the note (commenting), a tag (tagging), the colour's category (classifying). Others are read past. */
export const W3cBody = z.object({
  type: z.string().optional(),
  purpose: z.string().optional(),
  value: z.string().max(2_000_000).optional(),
  format: z.string().optional(),
});
export type W3cBody = z.infer<typeof W3cBody>;

const Source = z.union([z.string(), z.object({ id: z.string(), label: z.string().optional(), type: z.string().optional(), format: z.string().optional() })]);

export const W3cTarget = z.object({
  source: Source,
  selector: z.union([W3cSelector, z.array(W3cSelector)]).optional(),
});

export const W3cAnnotation = z.object({
  id: z.string().max(1000).optional(),
  type: z.union([z.literal('Annotation'), z.array(z.string())]),
  created: z.string().optional(),
  modified: z.string().optional(),
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  body: z.union([W3cBody, z.array(W3cBody)]).optional(),
  target: z.union([W3cTarget, z.array(W3cTarget), z.string()]),
});
export type W3cAnnotation = z.infer<typeof W3cAnnotation>;

/** A file of annotations: a collection (with its first page), a page, a list, or one annotation. */
export const W3cFile = z.union([
  z.object({ type: z.literal('AnnotationCollection'), first: z.object({ items: z.array(z.unknown()) }) }),
  z.object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()) }),
  z.array(z.unknown()),
  z.object({ type: z.unknown(), target: z.unknown() }),
]);
