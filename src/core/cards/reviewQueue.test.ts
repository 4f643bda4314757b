import { describe, expect, it } from 'vitest';
import type { CardView } from '../../shared/contract';
import { buildQueue, startedToday, type QueueCandidate } from './reviewQueue';
import { gradeSchedule, newSchedule } from './scheduling';
import type { ReviewEntry, StoredCard } from './storedCard';

const now = new Date('2026-11-28T15:00:00.000Z');
const rules = (startedIds: string[] = [], newPerDay = 20) => ({ now, newPerDay, startedToday: new Set(startedIds) });

function candidate(id: string, schedule = newSchedule(now), group: string | null = null): QueueCandidate {
  const card = { id, schedule, group } as StoredCard;
  return { card, view: { id } as CardView };
}

describe('buildQueue', () => {
  it('puts cards being learnt first, then due reviews, then new cards', () => {
    const earlier = new Date(now.getTime() - 10 * 86_400_000);
    const learning = gradeSchedule(newSchedule(earlier), 3, earlier, 0.9);
    const review = gradeSchedule(newSchedule(earlier), 4, earlier, 0.9);
    const queue = buildQueue([candidate('new'), candidate('review', review), candidate('learning', learning)], rules());
    expect(queue.cards.map((c) => c.card.id)).toEqual(['learning', 'review', 'new']);
    expect(queue.counts).toEqual({ new: 1, learning: 1, due: 1 });
  });

  it('limits new cards to what is left of the daily allowance', () => {
    const queue = buildQueue(['a', 'b', 'c'].map((id) => candidate(id)), rules(['x'], 2));
    expect(queue.cards.map((c) => c.card.id)).toEqual(['a']);
  });

  it('introduces one new card per sentence a day, so siblings do not give each other away', () => {
    const queue = buildQueue([candidate('c1', undefined, 's1'), candidate('c2', undefined, 's1'), candidate('other', undefined, 's2')], rules());
    expect(queue.cards.map((c) => c.card.id)).toEqual(['c1', 'other']);
    const later = buildQueue([candidate('c2', undefined, 's1'), candidate('c1', undefined, 's1')], rules(['c1']));
    expect(later.cards.map((c) => c.card.id)).toEqual([]);
  });

  it('leaves out cards that are not due yet, and says how many come back later today and when', () => {
    const again = gradeSchedule(newSchedule(now), 1, now, 0.9);
    const good = gradeSchedule(newSchedule(now), 3, now, 0.9);
    const easy = gradeSchedule(newSchedule(now), 4, now, 0.9);
    const queue = buildQueue([candidate('good', good), candidate('again', again), candidate('easy', easy)], rules());
    expect(queue.cards).toEqual([]);
    // Again and Good bring a new card back in minutes; Easy not before tomorrow.
    expect(queue.later).toEqual({ count: 2, next: again.due });
  });
});

describe('startedToday', () => {
  it('counts the cards first reviewed today, from every log', () => {
    const entry = (cardId: string, at: Date, before = newSchedule(at)): ReviewEntry => ({ cardId, rating: 3, reviewedAt: at.toISOString(), before, after: before });
    const yesterday = new Date(now.getTime() - 86_400_000);
    const reviewedBefore = gradeSchedule(newSchedule(yesterday), 3, yesterday, 0.9);
    const logs = [[entry('a', now), entry('old', yesterday)], [entry('b', now), entry('again', now, reviewedBefore)]];
    expect([...startedToday(logs, now)].sort()).toEqual(['a', 'b']);
  });
});
