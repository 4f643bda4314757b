import type { ErrorDetails } from '../../shared/contract';
import { api } from '../api/glossApi';
import type { MessageAction } from '../components/StatusMessage';
import { formProblemOf } from './FormProblem';

/** What C or Q on a selected highlight asks for. */
export interface CardFromHighlightRequest {
  documentId: string;
  annotationId: string;
  kind: 'cloze' | 'qa';
}

/**
 * Makes a card from a highlight and says how it went; a card that exists
 * already is named with a way to it ("Show the existing card").
 */
export async function makeCardFromHighlight(
  request: CardFromHighlightRequest,
  say: (text: string, error: boolean, action?: MessageAction) => void,
  showCard: (card: ErrorDetails) => void,
): Promise<void> {
  try {
    const card = await api['card:fromHighlight'](request);
    say(`${request.kind === 'cloze' ? 'Cloze' : 'Question'} card made: ${card.prompt.slice(0, 90)}`, false);
  } catch (error) {
    const { message, existing } = formProblemOf(error);
    say(message, true, existing ? { label: 'Show the existing card', run: () => showCard(existing) } : undefined);
  }
}
