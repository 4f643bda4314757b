import type { CardView } from '../../shared/contract';
import { statusOf } from './scheduling';
import type { ReviewEntry, StoredCard } from './storedCard';

export interface QueueCandidate {
  card: StoredCard;
  view: CardView;
  /** The review log of the card's document. */
  reviews: readonly ReviewEntry[];
}

/** Start of the local day, when the daily allowance of new cards renews. */
function startOfDay(now: Date): Date {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day;
}

/**
 * Orders what is due: cards being learnt first (their steps are minutes
 * apart), then reviews by due date, then new cards up to what is left of
 * the daily limit (new cards already started today count against it), at
 * most one new card per source sentence a day.
 */
export function buildQueue(candidates: readonly QueueCandidate[], now: Date, newPerDay: number): { cards: QueueCandidate[]; counts: { new: number; learning: number; due: number } } {
  const today = startOfDay(now).toISOString();
  const startedToday = new Set<string>();
  const seenLogs = new Set<readonly ReviewEntry[]>();
  for (const { reviews } of candidates) {
    if (seenLogs.has(reviews)) continue;
    seenLogs.add(reviews);
    for (const entry of reviews) if (entry.before.state === 0 && entry.reviewedAt >= today) startedToday.add(entry.cardId);
  }
  const isDue = (c: QueueCandidate) => new Date(c.card.schedule.due).getTime() <= now.getTime();
  const byDue = (a: QueueCandidate, b: QueueCandidate) => a.card.schedule.due.localeCompare(b.card.schedule.due);
  const learning = candidates.filter((c) => statusOf(c.card.schedule, false) === 'learning' && isDue(c)).sort(byDue);
  const due = candidates.filter((c) => statusOf(c.card.schedule, false) === 'review' && isDue(c)).sort(byDue);
  const allowance = Math.max(0, newPerDay - startedToday.size);
  // Siblings (cards of one sentence) would give each other away: one new card per sentence a day, as Anki buries them.
  const groupsToday = new Set(candidates.filter((c) => startedToday.has(c.card.id) && c.card.group).map((c) => c.card.group));
  const fresh: QueueCandidate[] = [];
  for (const c of candidates) {
    if (fresh.length >= allowance) break;
    if (statusOf(c.card.schedule, false) !== 'new') continue;
    if (c.card.group && groupsToday.has(c.card.group)) continue;
    if (c.card.group) groupsToday.add(c.card.group);
    fresh.push(c);
  }
  return { cards: [...learning, ...due, ...fresh], counts: { new: fresh.length, learning: learning.length, due: due.length } };
}
