import type { ErrorDetails } from '../../shared/contract';
import { api } from '../api/glossApi';
import type { WorkspaceFeedback } from '../store/types';
import { announceUndoable } from '../undo/announce';
import { formProblemOf } from './FormProblem';

/** What C or Q on a selected highlight asks for. */
export interface CardFromHighlightRequest {
  documentId: string;
  annotationId: string;
  kind: 'cloze' | 'qa';
}

/**
 * Makes a card from a highlight and says how it went, with Undo; a card that
 * exists already is named with a way to it ("Show the existing card").
 */
export async function makeCardFromHighlight(
  request: CardFromHighlightRequest,
  feedback: WorkspaceFeedback,
  showCard: (card: ErrorDetails) => void,
): Promise<void> {
  try {
    const card = await api['card:fromHighlight'](request);
    const made = `${request.kind === 'cloze' ? 'Cloze' : 'Question'} card made: ${card.prompt.slice(0, 90)}`;
    announceUndoable(feedback, made, 'Card removed', async () => void (await api['card:delete']({ documentId: request.documentId, cardId: card.id })));
  } catch (error) {
    const { message, existing } = formProblemOf(error);
    feedback.say(message, { error: true, action: existing ? { label: 'Show the existing card', run: () => showCard(existing) } : undefined });
  }
}
