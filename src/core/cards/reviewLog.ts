import { join } from 'node:path';
import { z } from 'zod';
import { CardId, Timestamp } from '../../shared/contract';
import type { Schedule } from './scheduling';
import { ReviewEntry } from './storedCard';

/**
 * documents/<id>.reviews.jsonl: every review of a document's cards, one line
 * each, only ever appended. A grade is one appended line; the document file
 * is not rewritten for it. The document file's card schedules are a
 * checkpoint: they hold every entry up to its `reviewsApplied`, and later
 * entries are replayed onto them when the document opens.
 */
export const GradeLogEntry = ReviewEntry.extend({
  seq: z.number().int().min(1),
  kind: z.literal('grade'),
});
export type GradeLogEntry = z.infer<typeof GradeLogEntry>;

/** Takes back a grade (the review's "undo"): the card's schedule goes back to what it was before it. */
export const UndoLogEntry = z.strictObject({
  seq: z.number().int().min(1),
  kind: z.literal('undo'),
  cardId: CardId,
  /** The grade taken back. */
  undoes: z.number().int().min(1),
  at: Timestamp,
});
export type UndoLogEntry = z.infer<typeof UndoLogEntry>;

export const ReviewLogEntry = z.discriminatedUnion('kind', [GradeLogEntry, UndoLogEntry]);
export type ReviewLogEntry = z.infer<typeof ReviewLogEntry>;

/** A log entry about to be appended: its sequence number is given by the log. */
export type NewReviewLogEntry = Omit<GradeLogEntry, 'seq'> | Omit<UndoLogEntry, 'seq'>;

/** Path of a document's review log. */
export function reviewLogPath(dataDir: string, id: string): string {
  return join(dataDir, 'documents', reviewLogRelativePath(id));
}

/** The same, relative to the data directory (as snapshots list their files); the name is also relative to documents/. */
export function reviewLogRelativePath(id: string): string {
  return `${id}.reviews.jsonl`;
}

/** A log line's entry, or null if it is not one. */
export function parseReviewLogEntry(raw: unknown): ReviewLogEntry | null {
  const parsed = ReviewLogEntry.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The reviews that stand: grades in log order, without those taken back. */
export function standingReviews(entries: readonly ReviewLogEntry[]): ReviewEntry[] {
  const undone = new Set(entries.flatMap((entry) => (entry.kind === 'undo' ? [entry.undoes] : [])));
  return entries.flatMap((entry) =>
    entry.kind === 'grade' && !undone.has(entry.seq)
      ? [{ cardId: entry.cardId, rating: entry.rating, reviewedAt: entry.reviewedAt, before: entry.before, after: entry.after }]
      : [],
  );
}

/** The newest grade of a card that still stands, or undefined: what "undo" takes back. */
export function lastStandingGrade(entries: readonly ReviewLogEntry[], cardId: string): GradeLogEntry | undefined {
  const undone = new Set<number>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (entry.cardId !== cardId) continue;
    if (entry.kind === 'undo') undone.add(entry.undoes);
    else if (!undone.has(entry.seq)) return entry;
  }
  return undefined;
}

/**
 * Puts log entries after the checkpoint `applied` onto a document's stored
 * cards (in place): a grade sets its card's schedule, an undo sets the
 * schedule from before the grade it takes back. Entries about cards the
 * data does not have (an older copy of the file) change nothing.
 */
export function replayReviews(cards: unknown[], entries: readonly ReviewLogEntry[], applied: number): void {
  if ((entries.at(-1)?.seq ?? 0) <= applied) return;
  const indexOf = new Map<unknown, number>(cards.map((card, i) => [(card as { id?: unknown } | null)?.id, i]));
  const grades = new Map<number, GradeLogEntry>();
  for (const entry of entries) {
    if (entry.kind === 'grade') grades.set(entry.seq, entry);
    if (entry.seq <= applied) continue;
    const schedule = entry.kind === 'grade' ? entry.after : grades.get(entry.undoes)?.before;
    const index = indexOf.get(entry.cardId);
    if (schedule && index !== undefined) setScheduleAt(cards, index, schedule);
  }
}

/** Sets one card's schedule in a document's stored cards; a card that is missing is left alone. */
export function setSchedule(cards: unknown[], cardId: string, schedule: Schedule): void {
  const index = cards.findIndex((entry) => (entry as { id?: unknown } | null)?.id === cardId);
  if (index >= 0) setScheduleAt(cards, index, schedule);
}

/** Entries are validated where cards are read (parseCards); one that is not an object is left as it is. */
function setScheduleAt(cards: unknown[], index: number, schedule: Schedule): void {
  const card = cards[index];
  if (typeof card === 'object' && card !== null && !Array.isArray(card)) cards[index] = { ...card, schedule };
}

/** The valid reviews an older document file (format 3) kept inside itself, in their order. */
function legacyReviews(reviews: unknown): ReviewEntry[] {
  if (!Array.isArray(reviews)) return [];
  return reviews.flatMap((raw) => {
    const parsed = ReviewEntry.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

/** How many log entries an older file's own reviews become: its cards' schedules hold them all. */
export function legacyReviewCount(reviews: unknown): number {
  return legacyReviews(reviews).length;
}

/** The log lines for an older file's own reviews, numbered from 1 in their order. */
export function legacyReviewLines(reviews: unknown): string {
  return legacyReviews(reviews)
    .map((review, i) => `${JSON.stringify({ seq: i + 1, kind: 'grade', ...review } satisfies GradeLogEntry)}\n`)
    .join('');
}
