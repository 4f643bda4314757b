import type { SkippedDocument } from '../../shared/contract';
import type { CoreContext } from '../context';
import { BrokenDocumentError } from '../documents/brokenDocument';
import { viewCards } from './cardViews';
import { loadCardsInScope } from './documentCards';
import { buildQueue, startedToday, type Queue, type QueueCandidate } from './reviewQueue';
import type { ReviewEntry } from './storedCard';

/** Whose cards: one document's or the library's, optionally only those with a tag. */
export interface QueueScope {
  documentId?: string | undefined;
  tag?: string | undefined;
}

/**
 * What review offers now in a scope. Review and the card browser's "Due now"
 * filter both ask this, so the filter lists exactly the cards review will
 * show. The daily limit of new cards is the library's: new cards started
 * today in any document that can be opened count against it.
 */
export async function dueQueue(ctx: CoreContext, { documentId, tag }: QueueScope): Promise<Queue & { skipped: SkippedDocument[] }> {
  const now = ctx.now();
  const { documents, skipped } = await loadCardsInScope(ctx, documentId);
  const candidates: QueueCandidate[] = [];
  for (const { id, title, text, cards } of documents) {
    const live = cards.filter((card) => !card.deleted && !card.suspended && (!tag || card.tags.includes(tag)));
    const views = viewCards(id, title, text, live);
    live.forEach((card, i) => candidates.push({ card, view: views[i]! }));
  }
  const logs = await reviewLogs(ctx);
  return { ...buildQueue(candidates, { now, newPerDay: ctx.library.settings.newCardsPerDay, startedToday: startedToday(logs, now) }), skipped };
}

/** Every document's review log, whatever the scope; a document that cannot be opened has none to give. */
async function reviewLogs(ctx: CoreContext): Promise<(readonly ReviewEntry[])[]> {
  const logs: (readonly ReviewEntry[])[] = [];
  for (const { id } of ctx.library.documents) {
    try {
      logs.push(await ctx.documents.reviews.standing(id));
    } catch (error) {
      if (!(error instanceof BrokenDocumentError)) throw error;
    }
  }
  return logs;
}
