import { describe, expect, it } from 'vitest';
import { refineBoundaries } from './refineBoundaries';

describe('refineBoundaries', () => {
  const quote = { exact: 'quick brown fox', prefix: 'Once upon a time the ', suffix: ' jumped over the lazy dog.' };
  const text = 'Once upon a time the quick brownish fox jumped over the lazy dog.';

  it('moves both ends to where the stored prefix ends and the suffix begins', () => {
    const refined = refineBoundaries(text, quote, { start: 23, end: 37, errors: 3 }, 10);
    expect(text.slice(refined.start, refined.end)).toBe('quick brownish fox');
  });

  it('leaves an end alone when its context cannot be found within the slack', () => {
    const refined = refineBoundaries(text, quote, { start: 23, end: 37, errors: 3 }, 1);
    expect(refined).toEqual({ start: 23, end: 37, errors: 3 });
  });

  it('pins a short prefix only at the start of the text, where short prefixes come from', () => {
    const atStart = { exact: 'quick', prefix: 'A ', suffix: ' thing happened here, very quickly.' };
    expect(refineBoundaries('A quick thing', atStart, { start: 3, end: 7, errors: 1 }, 2).start).toBe(2);
    expect(refineBoundaries('xA quick thing', atStart, { start: 4, end: 8, errors: 1 }, 2).start).toBe(4);
  });
});
