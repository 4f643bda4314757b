import { anchorAll } from '../../shared/textAnchoring';
import type { CardView } from '../../shared/contract';
import { selectorsOf } from '../annotations/annotationViews';
import { statusOf } from './scheduling';
import type { StoredCard } from './storedCard';

/** The views of a document's cards, with each source sentence re-anchored in the current text. */
export function viewCards(documentId: string, documentTitle: string, text: string, cards: readonly StoredCard[]): CardView[] {
  const targeted = cards.filter((card) => card.target);
  const anchors = anchorAll(
    text,
    targeted.map((card) => selectorsOf({ target: card.target! })),
  );
  const anchorOf = new Map(targeted.map((card, i) => [card.id, anchors[i] ?? null]));
  return cards.map((card) => {
    const anchor = anchorOf.get(card.id) ?? null;
    return {
      id: card.id,
      documentId,
      documentTitle,
      origin: card.origin,
      type: card.type,
      prompt: card.prompt,
      answer: card.answer,
      hint: card.hint,
      status: statusOf(card.schedule, card.suspended),
      due: card.schedule.due,
      reps: card.schedule.reps,
      lapses: card.schedule.lapses,
      tags: card.tags,
      source: card.target ? { exact: card.target.selector[0].exact, anchor: anchor ? { start: anchor.start, end: anchor.end } : null } : null,
    };
  });
}
