import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { z } from 'zod';
import { Timestamp, type CardStatus } from '../../shared/contract';

/** A card's FSRS memory state as stored (dates as ISO strings). */
export const Schedule = z.strictObject({
  due: Timestamp,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number().int(),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.number().int().min(0).max(3),
  lastReview: Timestamp.nullable(),
});
export type Schedule = z.infer<typeof Schedule>;

function toCard(s: Schedule): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
    ...(s.lastReview ? { last_review: new Date(s.lastReview) } : {}),
  };
}

function fromCard(card: Card): Schedule {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** The schedule of a card never reviewed: new, due at once. */
export function newSchedule(now: Date): Schedule {
  return fromCard(createEmptyCard(now));
}

/** FSRS with the user's desired retention (fuzz on, so cards learnt together spread out). */
function scheduler(desiredRetention: number) {
  return fsrs(generatorParameters({ request_retention: desiredRetention, enable_fuzz: true }));
}

/** The schedule after answering with a rating (1 Again, 2 Hard, 3 Good, 4 Easy). */
export function gradeSchedule(schedule: Schedule, rating: 1 | 2 | 3 | 4, now: Date, desiredRetention: number): Schedule {
  return fromCard(scheduler(desiredRetention).next(toCard(schedule), now, rating as Grade).card);
}

/** The interval each rating would give, as the review buttons print it. */
export function previewIntervals(schedule: Schedule, now: Date, desiredRetention: number): { again: string; hard: string; good: string; easy: string } {
  const preview = scheduler(desiredRetention).repeat(toCard(schedule), now);
  const after = (grade: Grade): string => formatInterval(preview[grade].card.due.getTime() - now.getTime());
  return { again: after(Rating.Again), hard: after(Rating.Hard), good: after(Rating.Good), easy: after(Rating.Easy) };
}

/** "<1m", "10m", "3h", "4d", "2.5mo", "1.2y". */
export function formatInterval(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 1) return '<1m';
  if (minutes < 60) return `${Math.round(minutes)}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${(days / 30).toFixed(1).replace(/\.0$/, '')}mo`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, '')}y`;
}

/** Where a card stands, for filters and counts. */
export function statusOf(schedule: Schedule, suspended: boolean): CardStatus {
  if (suspended) return 'suspended';
  if (schedule.state === State.New) return 'new';
  if (schedule.state === State.Review) return 'review';
  return 'learning';
}
