import type { CardView, MethodParams } from '../../shared/contract';
import { api } from '../api/glossApi';
import { useWorkspaceFeedback } from '../store/useGloss';
import { announceUndoable } from '../undo/announce';
import type { FormProblem } from './FormProblem';

type CardPatch = Omit<MethodParams<'card:update'>, 'documentId' | 'cardId'>;

interface CardActions {
  /** Runs a change and reloads the list; a failure becomes a message. */
  act: (work: () => Promise<unknown>) => Promise<boolean>;
  /** Runs a form's save and reloads the list; a failure is returned for the form to show. */
  submit: (work: () => Promise<unknown>) => Promise<FormProblem | null>;
  reload: () => void;
}

/**
 * The card browser's changes, each recorded in the workspace's undo history:
 * a deletion (announced with Undo: a deleted generated card never comes back
 * by itself), a suspension, and an edit of prompt, answer or tags.
 */
export function useCardChanges({ act, submit, reload }: CardActions) {
  const feedback = useWorkspaceFeedback();
  const refOf = (card: CardView) => ({ documentId: card.documentId, cardId: card.id });
  /** Puts back what the card said before a change. */
  const revertTo = (card: CardView) => async (): Promise<void> => {
    await api['card:update']({ ...refOf(card), prompt: card.prompt, answer: card.answer, tags: card.tags, suspended: card.status === 'suspended' });
    reload();
  };

  const remove = (card: CardView): Promise<boolean> =>
    act(async () => {
      const { deleted } = await api['card:delete'](refOf(card));
      announceUndoable(feedback, 'Card deleted', 'Card restored', async () => {
        await api['card:restore']({ documentId: card.documentId, card: deleted });
        reload();
      });
    });

  const suspend = (card: CardView, suspended: boolean): Promise<boolean> =>
    act(async () => {
      await api['card:update']({ ...refOf(card), suspended });
      announceUndoable(feedback, suspended ? 'Card suspended' : 'Card unsuspended', suspended ? 'Card unsuspended' : 'Card suspended again', revertTo(card));
    });

  const save = async (card: CardView, patch: CardPatch): Promise<FormProblem | null> => {
    const problem = await submit(() => api['card:update']({ ...refOf(card), ...patch }));
    if (!problem) feedback.history.push({ label: 'Card edit undone', undo: revertTo(card) });
    return problem;
  };

  return { remove, suspend, save };
}
