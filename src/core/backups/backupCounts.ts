import { parseCards } from '../cards/storedCard';
import type { CoreContext } from '../context';

/** How many highlights and cards the library holds (documents that cannot be opened count none). */
export async function backupCounts(ctx: CoreContext): Promise<{ highlights: number; cards: number }> {
  let highlights = 0;
  let cards = 0;
  for (const { id } of ctx.library.documents) {
    const doc = await ctx.documents.get(id).catch(() => null);
    if (!doc) continue;
    highlights += doc.annotations.length;
    cards += parseCards(doc.cards).filter((card) => !card.deleted).length;
  }
  return { highlights, cards };
}
