import { GlossError, type CardView } from '../../shared/contract';
import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';
import { viewCards } from './cardViews';
import { findCard, loadDocumentCards } from './documentCards';
import { gradeSchedule, previewIntervals } from './scheduling';
import { dueQueue } from './dueQueue';
import { lastStandingGrade } from './reviewLog';
import type { StoredCard } from './storedCard';

/** Review: the due queue, grading with FSRS (every review logged), and undoing the last grade. */
export function reviewHandlers(ctx: CoreContext): Handlers<'review:queue' | 'review:grade' | 'review:undo'> {
  const settings = () => ctx.library.settings;
  const viewOne = async (documentId: string, card: StoredCard): Promise<CardView> => {
    const { title, text } = await loadDocumentCards(ctx, documentId);
    return viewCards(documentId, title, text, [card])[0]!;
  };
  return {
    'review:queue': async ({ documentId, tag }) => {
      const now = ctx.now();
      const queue = await dueQueue(ctx, { documentId, tag });
      return {
        cards: queue.cards.map(({ card, view }) => ({ ...view, intervals: previewIntervals(card.schedule, now, settings().desiredRetention) })),
        counts: queue.counts,
        later: queue.later,
        ...(queue.skipped.length > 0 ? { skipped: queue.skipped } : {}),
      };
    },
    'review:grade': async ({ documentId, cardId, rating }) => {
      const now = ctx.now();
      // One appended log line records the review and moves the card on: a review is never half recorded.
      const card = await ctx.documents.reviews.record(documentId, (doc) => {
        const current = findCard(doc, cardId);
        if (current.suspended) throw new GlossError('bad_input', 'This card is suspended; unsuspend it to review it.');
        const after = gradeSchedule(current.schedule, rating, now, settings().desiredRetention);
        return {
          entry: { kind: 'grade', cardId, rating, reviewedAt: now.toISOString(), before: current.schedule, after },
          card: { ...current, schedule: after },
        };
      });
      return { card: await viewOne(documentId, card) };
    },
    'review:undo': async ({ documentId, cardId }) => {
      const log = await ctx.documents.reviews.log(documentId);
      const card = await ctx.documents.reviews.record(documentId, (doc) => {
        const current = findCard(doc, cardId);
        const last = lastStandingGrade(log, cardId);
        if (!last) throw new GlossError('not_found', 'This card has no review to undo.');
        return {
          entry: { kind: 'undo', cardId, undoes: last.seq, at: ctx.now().toISOString() },
          card: { ...current, schedule: last.before },
        };
      });
      return { card: await viewOne(documentId, card) };
    },
  };
}

