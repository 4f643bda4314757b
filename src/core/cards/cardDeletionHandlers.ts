import { GlossError } from '../../shared/contract';
import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';
import { viewCards } from './cardViews';
import { loadDocumentCards, updateStoredCard } from './documentCards';
import { StoredCard } from './storedCard';

/** Deleting a card, and putting it back exactly as it was (undo). */
export function cardDeletionHandlers(ctx: CoreContext): Handlers<'card:delete' | 'card:restore'> {
  return {
    'card:delete': async ({ documentId, cardId }) => {
      let deleted: StoredCard | null = null;
      // A generated card stays as a tombstone, so regenerating the deck does not bring it back.
      await updateStoredCard(ctx, documentId, cardId, (card) => {
        deleted = card;
        return card.origin === 'generated' ? { ...card, deleted: true, modified: ctx.now().toISOString() } : null;
      });
      return { deleted: deleted! };
    },
    'card:restore': async ({ documentId, card: raw }) => {
      const parsed = StoredCard.safeParse(raw);
      if (!parsed.success || parsed.data.deleted) throw new GlossError('bad_input', 'That is not a card Gloss deleted, so it cannot be put back.');
      const card = parsed.data;
      await ctx.documents.update(documentId, (doc) => {
        const index = doc.cards.findIndex((entry) => (entry as { id?: unknown }).id === card.id);
        const existing = StoredCard.safeParse(doc.cards[index]);
        if (index >= 0 && !(existing.success && existing.data.deleted)) throw new GlossError('conflict', 'That card is there already.');
        if (index >= 0) doc.cards[index] = card;
        else doc.cards.push(card);
      });
      const { title, text } = await loadDocumentCards(ctx, documentId);
      return viewCards(documentId, title, text, [card])[0]!;
    },
  };
}
