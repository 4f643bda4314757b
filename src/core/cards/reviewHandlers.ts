import { GlossError, type CardView } from '../../shared/contract';
import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';
import { viewCards } from './cardViews';
import { changeCard, loadDocumentCards } from './documentCards';
import { gradeSchedule, previewIntervals } from './scheduling';
import { dueQueue } from './dueQueue';
import { ReviewEntry, type StoredCard } from './storedCard';

/** Review: the due queue, grading with FSRS (every review logged), and undoing the last grade. */
export function reviewHandlers(ctx: CoreContext): Handlers<'review:queue' | 'review:grade' | 'review:undo'> {
  const settings = () => ctx.library.data.settings;
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
      // The new schedule and its log entry land in one write: a review is never half recorded.
      const card = await ctx.documents.update(documentId, (doc) =>
        changeCard(doc, cardId, (current) => {
          if (current.suspended) throw new GlossError('bad_input', 'This card is suspended; unsuspend it to review it.');
          const after = gradeSchedule(current.schedule, rating, now, settings().desiredRetention);
          const entry: ReviewEntry = { cardId, rating, reviewedAt: now.toISOString(), before: current.schedule, after };
          doc.reviews.push(entry);
          return { ...current, schedule: after };
        }),
      );
      return { card: await viewOne(documentId, card!) };
    },
    'review:undo': async ({ documentId, cardId }) => {
      const card = await ctx.documents.update(documentId, (doc) => {
        const index = doc.reviews.findLastIndex((raw) => ReviewEntry.safeParse(raw).success && (raw as ReviewEntry).cardId === cardId);
        if (index < 0) throw new GlossError('not_found', 'This card has no review to undo.');
        const last = ReviewEntry.parse(doc.reviews[index]);
        // The card first: if it cannot be changed, nothing has been touched.
        const restored = changeCard(doc, cardId, (current) => ({ ...current, schedule: last.before }));
        doc.reviews.splice(index, 1);
        return restored;
      });
      return { card: await viewOne(documentId, card!) };
    },
  };
}

