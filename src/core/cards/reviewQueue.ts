import type { CardView } from '../../shared/contract';
import { statusOf } from './scheduling';
import type { ReviewEntry, StoredCard } from './storedCard';

export interface QueueCandidate {
  card: StoredCard;
  view: CardView;
}

export interface QueueRules {
  now: Date;
  newPerDay: number;
  /** Cards of the whole library first reviewed today: they count against the daily limit, and bury their siblings. */
  startedToday: ReadonlySet<string>;
}

/** What is due now, in review order, with the counts shown above the review and what comes back later today. */
export interface Queue {
  cards: QueueCandidate[];
  counts: { new: number; learning: number; due: number };
  later: { count: number; next: string | null };
}

/** Start of the local day, when the daily allowance of new cards renews. */
function startOfDay(now: Date): Date {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day;
}

/** The cards whose first review (from the new state) was today, from review logs. */
export function startedToday(logs: readonly (readonly ReviewEntry[])[], now: Date): Set<string> {
  const today = startOfDay(now).toISOString();
  const started = new Set<string>();
  for (const log of logs) {
    for (const entry of log) {
      if (entry.before.state === 0 && entry.reviewedAt >= today) started.add(entry.cardId);
    }
  }
  return started;
}

/**
 * Orders what is due: cards being learnt first (their steps are minutes
 * apart), then reviews by due date, then new cards up to what is left of
 * the daily limit (new cards already started today count against it), at
 * most one new card per source sentence a day. Also says how many cards
 * come back later today, and when the first of them does.
 */
export function buildQueue(candidates: readonly QueueCandidate[], { now, newPerDay, startedToday }: QueueRules): Queue {
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
  const tomorrow = new Date(startOfDay(now).getTime() + 36 * 3_600_000);
  tomorrow.setHours(0, 0, 0, 0);
  const later = candidates
    .filter((c) => statusOf(c.card.schedule, false) !== 'new' && !isDue(c) && new Date(c.card.schedule.due).getTime() < tomorrow.getTime())
    .sort(byDue);
  return {
    cards: [...learning, ...due, ...fresh],
    counts: { new: fresh.length, learning: learning.length, due: due.length },
    later: { count: later.length, next: later[0]?.card.schedule.due ?? null },
  };
}
