import { describe, expect, it } from 'vitest';
import { gradeSchedule, newSchedule } from './scheduling';
import { lastStandingGrade, legacyReviewCount, legacyReviewLines, parseReviewLogEntry, replayReviews, standingReviews, type ReviewLogEntry } from './reviewLog';
import type { StoredCard } from './storedCard';

const now = new Date('2026-11-30T10:00:00Z');
const fresh = newSchedule(now);
const good = gradeSchedule(fresh, 3, now, 0.9);
const easy = gradeSchedule(good, 4, now, 0.9);
const grade = (seq: number, cardId: string, before = fresh, after = good): ReviewLogEntry => ({ seq, kind: 'grade', cardId, rating: 3, reviewedAt: now.toISOString(), before, after });
const undo = (seq: number, cardId: string, undoes: number): ReviewLogEntry => ({ seq, kind: 'undo', cardId, undoes, at: now.toISOString() });
const card = (id: string, schedule = fresh): StoredCard => ({
  id, origin: 'manual', type: 'qa', prompt: 'Who?', answer: 'Her', hint: null, group: null, annotationId: null, target: null,
  edited: false, suspended: false, tags: [], deleted: false, created: now.toISOString(), modified: now.toISOString(), schedule,
});

describe('the review log', () => {
  it('lists the grades that stand, without those taken back', () => {
    const entries = [grade(1, 'card-a'), grade(2, 'card-b'), undo(3, 'card-a', 1), grade(4, 'card-a')];
    expect(standingReviews(entries).map((r) => r.cardId)).toEqual(['card-b', 'card-a']);
    expect(lastStandingGrade(entries, 'card-a')?.seq).toBe(4);
    expect(lastStandingGrade([grade(1, 'card-a'), undo(2, 'card-a', 1)], 'card-a')).toBeUndefined();
  });

  it('undoing twice takes back the two newest grades in turn', () => {
    const entries = [grade(1, 'card-a'), grade(2, 'card-a', good, easy), undo(3, 'card-a', 2)];
    expect(lastStandingGrade(entries, 'card-a')?.seq).toBe(1);
  });

  it('replays only the entries after the checkpoint, an undo restoring the schedule from before its grade', () => {
    const cards: unknown[] = [card('card-a'), card('card-b', good)];
    replayReviews(cards, [grade(1, 'card-b'), grade(2, 'card-a'), grade(3, 'card-a', good, easy), undo(4, 'card-a', 3)], 1);
    expect((cards[0] as StoredCard).schedule).toEqual(good);
    // Entry 1 is in the checkpoint already: card-b is left as the file has it.
    expect((cards[1] as StoredCard).schedule).toEqual(good);
  });

  it('leaves cards it does not know, and entries that are not cards, alone', () => {
    const cards: unknown[] = [card('card-a'), 'not a card'];
    replayReviews(cards, [grade(1, 'card-gone')], 0);
    expect(cards).toEqual([card('card-a'), 'not a card']);
  });

  it('turns an older file’s own reviews into numbered log lines, skipping invalid ones, and counts them the same way', () => {
    const legacy = [{ cardId: 'card-a', rating: 3, reviewedAt: now.toISOString(), before: fresh, after: good }, { cardId: 42 }];
    const lines = legacyReviewLines(legacy).trim().split('\n').map((line) => parseReviewLogEntry(JSON.parse(line)));
    expect(lines).toEqual([grade(1, 'card-a')]);
    expect(legacyReviewCount(legacy)).toBe(1);
    expect(legacyReviewLines(undefined)).toBe('');
  });

  it('refuses lines that are not entries', () => {
    expect(parseReviewLogEntry({ seq: 1, kind: 'grade', cardId: 'card-a' })).toBeNull();
    expect(parseReviewLogEntry({ ...undo(1, 'card-a', 1), extra: true })).toBeNull();
  });
});
