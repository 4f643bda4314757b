import type { CardView, MethodParams } from '../../shared/contract';
import { api } from '../api/glossApi';
import { announceUndoable, useWorkspaceFeedback } from '../undo/WorkspaceFeedback';

type CardPatch = Omit<MethodParams<'card:update'>, 'documentId' | 'cardId'>;

/**
 * The card browser's changes, each recorded in the workspace's undo history:
 * a deletion (announced with Undo: a deleted generated card never comes back
 * by itself), a suspension, and an edit of prompt, answer or tags.
 */
export function useCardChanges(act: (work: () => Promise<unknown>) => Promise<boolean>, reload: () => void) {
  const feedback = useWorkspaceFeedback();

  const remove = (card: CardView): Promise<boolean> =>
    act(async () => {
      const ref = { documentId: card.documentId, cardId: card.id };
      const { deleted } = await api['card:delete'](ref);
      announceUndoable(feedback, 'Card deleted', 'Card restored', async () => {
        await api['card:restore']({ documentId: card.documentId, card: deleted });
        reload();
      });
    });

  const update = (card: CardView, patch: CardPatch): Promise<boolean> =>
    act(async () => {
      const ref = { documentId: card.documentId, cardId: card.id };
      await api['card:update']({ ...ref, ...patch });
      const before: CardPatch = { prompt: card.prompt, answer: card.answer, tags: card.tags, suspended: card.status === 'suspended' };
      const undo = async (): Promise<void> => {
        await api['card:update']({ ...ref, ...before });
        reload();
      };
      if (patch.suspended === undefined) feedback.history.push({ label: 'Card edit undone', undo });
      else announceUndoable(feedback, patch.suspended ? 'Card suspended' : 'Card unsuspended', patch.suspended ? 'Card unsuspended' : 'Card suspended again', undo);
    });

  return { remove, update };
}
