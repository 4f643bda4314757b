import { describe, expect, it } from 'vitest';
import type { CardView } from '../../shared/contract';
import { buildQueue, type QueueCandidate } from './reviewQueue';
import { gradeSchedule, newSchedule } from './scheduling';
import type { ReviewEntry, StoredCard } from './storedCard';

const now = new Date('2026-11-28T15:00:00.000Z');

function candidate(id: string, schedule = newSchedule(now), reviews: ReviewEntry[] = [], group: string | null = null): QueueCandidate {
  const card = { id, schedule, group } as StoredCard;
  return { card, view: { id } as CardView, reviews };
}

describe('buildQueue', () => {
  it('puts cards being learnt first, then due reviews, then new cards', () => {
    const earlier = new Date(now.getTime() - 10 * 86_400_000);
    const learning = gradeSchedule(newSchedule(earlier), 3, earlier, 0.9);
    const review = gradeSchedule(newSchedule(earlier), 4, earlier, 0.9);
    const queue = buildQueue([candidate('new'), candidate('review', review), candidate('learning', learning)], now, 20);
    expect(queue.cards.map((c) => c.card.id)).toEqual(['learning', 'review', 'new']);
    expect(queue.counts).toEqual({ new: 1, learning: 1, due: 1 });
  });

  it('limits new cards to what is left of the daily allowance', () => {
    const startedToday: ReviewEntry = { cardId: 'x', rating: 3, reviewedAt: now.toISOString(), before: newSchedule(now), after: newSchedule(now) };
    const reviews = [startedToday];
    const queue = buildQueue(['a', 'b', 'c'].map((id) => candidate(id, newSchedule(now), reviews)), now, 2);
    expect(queue.cards.map((c) => c.card.id)).toEqual(['a']);
  });

  it('introduces one new card per sentence a day, so siblings do not give each other away', () => {
    const queue = buildQueue([candidate('c1', undefined, [], 's1'), candidate('c2', undefined, [], 's1'), candidate('other', undefined, [], 's2')], now, 20);
    expect(queue.cards.map((c) => c.card.id)).toEqual(['c1', 'other']);
    const startedToday: ReviewEntry = { cardId: 'c1', rating: 3, reviewedAt: now.toISOString(), before: newSchedule(now), after: newSchedule(now) };
    const later = buildQueue([candidate('c2', undefined, [startedToday], 's1'), { ...candidate('c1', undefined, [startedToday], 's1') }], now, 20);
    expect(later.cards.map((c) => c.card.id)).toEqual([]);
  });

  it('leaves out cards that are not due yet', () => {
    const reviewed = gradeSchedule(newSchedule(now), 4, now, 0.9);
    expect(buildQueue([candidate('later', reviewed)], now, 20).cards).toEqual([]);
  });
});
