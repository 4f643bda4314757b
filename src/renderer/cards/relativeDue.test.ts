import { describe, expect, it } from 'vitest';
import { relativeDue } from './relativeDue';

// Local times, so the calendar-day rules hold in any time zone the tests run in.
const now = new Date(2026, 11, 2, 10, 0);
const at = (days: number, hours: number, minutes = 0) => new Date(2026, 11, 2 + days, hours, minutes).toISOString();

describe('relativeDue', () => {
  it('says minutes and hours for a card being learnt, never a date', () => {
    expect(relativeDue(at(0, 10, 10), now)).toBe('in 10 min');
    expect(relativeDue(new Date(now.getTime() + 20_000).toISOString(), now)).toBe('in 1 min');
    expect(relativeDue(at(0, 13, 0), now)).toBe('in 3 h');
  });

  it('says "now" for a card already due', () => {
    expect(relativeDue(at(0, 9, 0), now)).toBe('now');
  });

  it('says tomorrow, then a number of days, then a date', () => {
    expect(relativeDue(at(1, 10), now)).toBe('tomorrow');
    expect(relativeDue(at(4, 9), now)).toBe('in 4 days');
    expect(relativeDue(at(45, 9), now)).toMatch(/^on .*2027/);
  });

  it('prefers hours to "tomorrow" late in the evening', () => {
    expect(relativeDue(at(1, 1), new Date(2026, 11, 2, 23, 0))).toBe('in 2 h');
  });
});
