import { cardIdentity, cardProblem, type CardContent } from '../../shared/cardGeneration';
import { GlossError } from '../../shared/contract';
import type { StoredCard } from './storedCard';

/** Refuses content that is not a card (a cloze without a blank, an answer of no words…), saying why. */
export function assertCardContent(card: CardContent): void {
  const problem = cardProblem(card);
  if (problem) throw new GlossError('bad_input', problem);
}

/**
 * Refuses a card its document already has (same kind, prompt and answer,
 * compared loosely). The error carries the existing card, so the UI can
 * offer to show it. `card.id` is left out of the comparison, for an edit.
 */
export function assertNotDuplicate(documentId: string, cards: readonly StoredCard[], card: CardContent & { id?: string }): void {
  const identity = cardIdentity(card);
  const existing = cards.find((other) => !other.deleted && other.id !== card.id && cardIdentity(other) === identity);
  if (existing) throw new GlossError('conflict', `This card exists already: “${preview(existing.prompt)}”.`, { documentId, cardId: existing.id });
}

function preview(prompt: string): string {
  return prompt.length > 80 ? `${prompt.slice(0, 79).trimEnd()}…` : prompt;
}
