import { cardIdentity, type GeneratedCard } from '../../shared/cardGeneration';
import { newSchedule } from './scheduling';
import type { StoredCard } from './storedCard';
import type { AnnotationTarget } from '../../shared/contract';

export interface MergeResult {
  cards: StoredCard[];
  added: number;
  updated: number;
  kept: number;
}

/**
 * Merges a freshly generated deck into the stored cards. Ids are stable, so a
 * card generated again keeps its review history, suspension and the user's
 * edits (only an unedited card takes the new wording); a deleted one stays
 * deleted; a generated card no longer produced is kept if it was ever
 * reviewed or edited, and dropped otherwise. Cards from highlights and
 * manual cards are never touched, and a new card that says what one of them
 * says is not added beside it.
 */
export function mergeGenerated(
  stored: readonly StoredCard[],
  generated: readonly GeneratedCard[],
  targetOf: (card: GeneratedCard) => AnnotationTarget,
  now: Date,
): MergeResult {
  const byId = new Map(stored.map((card) => [card.id, card]));
  const fresh = new Set<string>();
  const at = now.toISOString();
  let added = 0;
  let updated = 0;
  const result: StoredCard[] = stored.filter((card) => card.origin !== 'generated');
  const usersCards = new Set(result.filter((card) => !card.deleted).map(cardIdentity));
  for (const card of generated) {
    if (fresh.has(card.id)) continue;
    fresh.add(card.id);
    const previous = byId.get(card.id);
    if (!previous) {
      if (usersCards.has(cardIdentity(card))) continue;
      added++;
      result.push({
        id: card.id,
        origin: 'generated',
        type: card.type,
        prompt: card.prompt,
        answer: card.answer,
        hint: card.hint ?? null,
        group: card.group,
        annotationId: null,
        target: targetOf(card),
        edited: false,
        suspended: false,
        tags: [],
        deleted: false,
        created: at,
        modified: at,
        schedule: newSchedule(now),
      });
      continue;
    }
    const reworded = !previous.edited && (previous.prompt !== card.prompt || previous.answer !== card.answer);
    if (reworded) updated++;
    result.push({
      ...previous,
      ...(previous.edited ? {} : { prompt: card.prompt, answer: card.answer, hint: card.hint ?? null }),
      group: card.group,
      target: targetOf(card),
      modified: reworded ? at : previous.modified,
    });
  }
  const kept = stored.filter((card) => card.origin === 'generated' && !fresh.has(card.id) && (card.schedule.reps > 0 || card.edited || card.deleted));
  result.push(...kept);
  return { cards: result, added, updated, kept: kept.filter((card) => !card.deleted).length };
}
