import { z } from 'zod';
import { AnnotationId } from './annotations';
import { Ack, DocumentId, Timestamp, method } from './common';
import { SkippedDocument } from './library';
import { Tag, TagList } from './tagSchema';

export const CardId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'a card id is 1–64 lowercase letters, digits or dashes');
export const CardType = z.enum(['cloze', 'qa']);
/** Where a card came from: generated from the key facts, made from a highlight, or written by hand. */
export const CardOrigin = z.enum(['generated', 'highlight', 'manual']);
/** Where a card stands in its learning: never seen, being learnt, in review, or suspended by the user. */
export const CardStatus = z.enum(['new', 'learning', 'review', 'suspended']);
export type CardStatus = z.infer<typeof CardStatus>;

const Text = z.string().trim().min(1, 'must not be empty').max(4000);


/** A card as the browser and the review show it. */
export const CardView = z.strictObject({
  id: CardId,
  documentId: DocumentId,
  documentTitle: z.string(),
  origin: CardOrigin,
  type: CardType,
  prompt: z.string(),
  answer: z.string(),
  hint: z.string().nullable(),
  status: CardStatus,
  due: Timestamp,
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  tags: z.array(z.string()),
  /** The source sentence, and where it is in the current text (null when its text is gone). */
  source: z.strictObject({ exact: z.string(), anchor: z.strictObject({ start: z.number().int(), end: z.number().int() }).nullable() }).nullable(),
});
export type CardView = z.infer<typeof CardView>;

/** Which cards: of one document or the whole library, by status and origin. */
export const CardFilter = z.strictObject({
  documentId: DocumentId.optional(),
  /** A learning status, or 'due': the cards review offers now (new ones within the daily limit, one per sentence), in its order. */
  status: z.union([CardStatus, z.literal('due')]).optional(),
  origin: CardOrigin.optional(),
  tag: Tag.optional(),
});

export const Rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
/** The next interval each answer would give, as shown on the buttons ("10m", "3d"). */
export const Intervals = z.strictObject({ again: z.string(), hard: z.string(), good: z.string(), easy: z.string() });

/**
 * A card as the core stores it, handed to the renderer only to be given back
 * for undo; the core checks it against its own schema (core/cards/storedCard).
 */
export const StoredCardSnapshot = z.record(z.string(), z.unknown());

export const CardRef = z.strictObject({ documentId: DocumentId, cardId: CardId });

export const cardMethods = {
  /** Cards of one document or of the library; documents that cannot be opened are left out and listed in `skipped`. */
  'cards:list': method(CardFilter, z.strictObject({ cards: z.array(CardView), skipped: z.array(SkippedDocument).optional() }), { readOnly: true }),
  /**
   * Generates (or regenerates) a document's deck: the best-ranked cards up to
   * a budget for its length, or as many as it already held; `more` adds the
   * next ones in rank order ("More cards"). Keeps review history, edits and
   * suspensions.
   */
  'cards:generate': method(
    z.strictObject({ documentId: DocumentId, taskId: z.string().min(1).max(64), more: z.boolean().optional() }),
    z.strictObject({
      added: z.number().int(),
      updated: z.number().int(),
      kept: z.number().int(),
      total: z.number().int(),
      /** Ranked cards the deck does not hold yet: what "More cards" can still reveal. */
      more: z.number().int().min(0),
    }),
  ),
  /** Stops a generation under way. */
  'task:cancel': method(z.strictObject({ taskId: z.string().min(1).max(64) }), Ack, { readOnly: true }),
  'card:create': method(
    z.strictObject({
      documentId: DocumentId,
      type: CardType,
      prompt: Text,
      answer: Text,
      tags: TagList.optional(),
      source: z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(1) }).optional(),
    }),
    CardView,
  ),
  /** C on a highlight: a cloze of its words in their sentence; Q: a question/answer card from its note. */
  'card:fromHighlight': method(z.strictObject({ documentId: DocumentId, annotationId: AnnotationId, kind: CardType }), CardView),
  'card:update': method(CardRef.extend({ prompt: Text.optional(), answer: Text.optional(), suspended: z.boolean().optional(), tags: TagList.optional() }), CardView),
  /** Deletes a card and returns it as stored, so that the renderer can undo. */
  'card:delete': method(CardRef, z.strictObject({ deleted: StoredCardSnapshot })),
  /** Puts back a deleted card exactly as it was, with its schedule and review history (undo). */
  'card:restore': method(z.strictObject({ documentId: DocumentId, card: StoredCardSnapshot }), CardView),
  /** What is due now (new cards within the daily limit), with the counts shown above the review. */
  'review:queue': method(
    z.strictObject({ documentId: DocumentId.optional(), tag: Tag.optional() }),
    z.strictObject({
      cards: z.array(CardView.extend({ intervals: Intervals })),
      counts: z.strictObject({ new: z.number().int(), learning: z.number().int(), due: z.number().int() }),
      /** Cards of the scope that come back later today (learning steps), and when the first of them does. */
      later: z.strictObject({ count: z.number().int().min(0), next: Timestamp.nullable() }),
      /** Documents left out because they cannot be opened. */
      skipped: z.array(SkippedDocument).optional(),
    }),
    { readOnly: true },
  ),
  'review:grade': method(CardRef.extend({ rating: Rating }), z.strictObject({ card: CardView })),
  /** Takes back the last grade of a card. */
  'review:undo': method(CardRef, z.strictObject({ card: CardView })),
  /** Every tag used on a card, for the filters. */
  'cards:tags': method(z.strictObject({}), z.strictObject({ tags: z.array(z.string()), skipped: z.array(SkippedDocument).optional() }), { readOnly: true }),
};
