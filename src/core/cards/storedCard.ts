import { z } from 'zod';
import { AnnotationId, AnnotationTarget, CardId, CardOrigin, CardType, Timestamp } from '../../shared/contract';
import { Schedule } from './scheduling';

/** A flashcard as stored in its document's file. */
export const StoredCard = z.strictObject({
  id: CardId,
  origin: CardOrigin,
  type: CardType,
  prompt: z.string().min(1),
  answer: z.string().min(1),
  hint: z.string().nullable(),
  /** Cards made from one sentence share a group, so a review can keep siblings apart. */
  group: z.string().nullable(),
  /** The highlight a card was made from. */
  annotationId: AnnotationId.nullable(),
  /** The source sentence, anchored like a highlight. */
  target: AnnotationTarget.nullable(),
  /** The user changed prompt or answer: regenerating must not overwrite them. */
  edited: z.boolean(),
  suspended: z.boolean(),
  /** The user's tags (a card from a highlight starts with its colour's name). Older cards have none. */
  tags: z.array(z.string()).default([]),
  /** A generated card the user deleted: kept as a tombstone so regenerating does not bring it back. */
  deleted: z.boolean(),
  created: Timestamp,
  modified: Timestamp,
  schedule: Schedule,
});
export type StoredCard = z.infer<typeof StoredCard>;

/** One review, with the schedule before it so that it can be undone exactly. */
export const ReviewEntry = z.strictObject({
  cardId: CardId,
  rating: z.number().int().min(1).max(4),
  reviewedAt: Timestamp,
  before: Schedule,
  after: Schedule,
});
export type ReviewEntry = z.infer<typeof ReviewEntry>;

/** The valid cards of a document file; an entry that does not parse is left on disk untouched. */
export function parseCards(raw: readonly unknown[]): StoredCard[] {
  return raw.flatMap((entry) => {
    const parsed = StoredCard.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
