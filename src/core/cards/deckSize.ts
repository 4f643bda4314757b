import { deckBudget, defaultDeckSize } from '../../shared/cardGeneration';
import type { RankedCard } from '../../shared/cardGeneration';

/** "More cards" reveals at least this many more, or half the budget of a long text. */
const SMALLEST_STEP = 10;

/** How many more cards "More cards" reveals for a text of this length. */
export function moreCardsStep(textLength: number): number {
  return Math.max(SMALLEST_STEP, Math.round(deckBudget(textLength) / 2));
}

/**
 * How many of the ranked cards the deck holds after this generation: the
 * default deck (the budget for the text's length, no card held back as guessable or slight), or as many as the deck already holds if
 * "More cards" revealed more before (making the deck again must not take
 * back what the user was shown), plus one step when the user asks for more.
 * A card counts as shown while the stored deck has it, deleted or not.
 */
export function deckSize(ranked: readonly RankedCard[], storedIds: ReadonlySet<string>, textLength: number, more: boolean): number {
  const shown = ranked.filter((card) => storedIds.has(card.id)).length;
  const size = Math.max(defaultDeckSize(ranked, textLength), shown);
  return Math.min(ranked.length, more ? size + moreCardsStep(textLength) : size);
}
