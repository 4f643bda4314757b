import { describe, expect, it } from 'vitest';
import { formatInterval, gradeSchedule, newSchedule, previewIntervals, statusOf } from './scheduling';

const now = new Date('2026-11-28T10:00:00.000Z');

describe('FSRS scheduling', () => {
  it('starts a card as new and due at once', () => {
    const schedule = newSchedule(now);
    expect(statusOf(schedule, false)).toBe('new');
    expect(schedule.due).toBe(now.toISOString());
  });

  it('moves a new card to learning on Good and to review on Easy, with longer intervals for better answers', () => {
    const start = newSchedule(now);
    const good = gradeSchedule(start, 3, now, 0.9);
    const easy = gradeSchedule(start, 4, now, 0.9);
    expect(statusOf(good, false)).toBe('learning');
    expect(statusOf(easy, false)).toBe('review');
    expect(new Date(easy.due).getTime()).toBeGreaterThan(new Date(good.due).getTime());
    expect(good.reps).toBe(1);
  });

  it('counts a lapse when a reviewed card is forgotten', () => {
    let schedule = gradeSchedule(newSchedule(now), 4, now, 0.9);
    const later = new Date(schedule.due);
    schedule = gradeSchedule(schedule, 1, later, 0.9);
    expect(schedule.lapses).toBe(1);
    expect(statusOf(schedule, false)).toBe('learning');
  });

  it('previews a growing interval for each rating, and shorter ones at higher desired retention', () => {
    const reviewed = gradeSchedule(newSchedule(now), 4, now, 0.9);
    const due = new Date(reviewed.due);
    const relaxed = previewIntervals(reviewed, due, 0.8);
    const strict = previewIntervals(reviewed, due, 0.97);
    expect(relaxed.again).toMatch(/m$/);
    const days = (label: string) => Number.parseFloat(label) * (label.endsWith('mo') ? 30 : label.endsWith('y') ? 365 : 1);
    expect(days(strict.easy)).toBeLessThan(days(relaxed.easy));
  });

  it('suspension overrides the learning state', () => {
    expect(statusOf(newSchedule(now), true)).toBe('suspended');
  });

  it('formats intervals the way review buttons show them', () => {
    expect([30_000, 600_000, 3 * 3_600_000, 4 * 86_400_000, 75 * 86_400_000, 500 * 86_400_000].map(formatInterval)).toEqual(['<1m', '10m', '3h', '4d', '2.5mo', '1.4y']);
  });
});
