import type { CoreContext } from '../context';
import { viewCards } from './cardViews';
import { loadDocumentCards } from './documentCards';
import { buildQueue, startedToday, type Queue, type QueueCandidate } from './reviewQueue';
import { ReviewEntry } from './storedCard';

/** Whose cards: one document's or the library's, optionally only those with a tag. */
export interface QueueScope {
  documentId?: string | undefined;
  tag?: string | undefined;
}

/**
 * What review offers now in a scope. Review and the card browser's "Due now"
 * filter both ask this, so the filter lists exactly the cards review will
 * show. The daily limit of new cards is the library's: new cards started
 * today in any document count against it.
 */
export async function dueQueue(ctx: CoreContext, { documentId, tag }: QueueScope): Promise<Queue> {
  const now = ctx.now();
  const ids = documentId ? [documentId] : ctx.library.data.documents.map((doc) => doc.id);
  const candidates: QueueCandidate[] = [];
  for (const id of ids) {
    const { title, text, cards } = await loadDocumentCards(ctx, id);
    const live = cards.filter((card) => !card.deleted && !card.suspended && (!tag || card.tags.includes(tag)));
    const views = viewCards(id, title, text, live);
    live.forEach((card, i) => candidates.push({ card, view: views[i]! }));
  }
  const logs = await Promise.all(ctx.library.data.documents.map(async ({ id }) => (await ctx.documents.get(id)).reviews));
  const parse = (raw: unknown): ReviewEntry | null => {
    const parsed = ReviewEntry.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };
  return buildQueue(candidates, { now, newPerDay: ctx.library.data.settings.newCardsPerDay, startedToday: startedToday(logs, now, parse) });
}
