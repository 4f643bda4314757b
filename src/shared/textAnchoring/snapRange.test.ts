import { describe, expect, it } from 'vitest';
import { snapRange } from './snapRange';

describe('snapRange', () => {
  const rocket = 'go 🚀 now';

  it('leaves a range that already sits on whole characters alone', () => {
    expect(snapRange(rocket, 0, 2)).toEqual({ start: 0, end: 2 });
  });

  it('moves a start inside a surrogate pair back to the whole emoji', () => {
    expect(snapRange(rocket, 4, 8)).toEqual({ start: 3, end: 8 });
  });

  it('moves an end inside a surrogate pair forward to the whole emoji', () => {
    expect(snapRange(rocket, 0, 4)).toEqual({ start: 0, end: 5 });
  });

  it('extends the end over the combining marks of its last letter', () => {
    const text = 'Cafe\u0301\u0327 au lait';
    expect(snapRange(text, 0, 4)).toEqual({ start: 0, end: 6 });
  });

  it('moves a start that falls on a combining mark back to its base letter', () => {
    const text = 'Cafe\u0301 au lait';
    expect(snapRange(text, 4, 8)).toEqual({ start: 3, end: 8 });
  });

  it('keeps an emoji with a variation selector whole', () => {
    const text = 'I ❤\uFE0F tea';
    expect(snapRange(text, 2, 3)).toEqual({ start: 2, end: 4 });
  });

  it('treats right-to-left text by its logical order, unchanged', () => {
    // Shin, qamats, shin dot, lamed…: Hebrew points are combining marks of the letter before them.
    const text = '\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd \u05e2\u05d5\u05dc\u05dd';
    expect(snapRange(text, 0, 2)).toEqual({ start: 0, end: 3 });
    expect(snapRange(text, 2, 7)).toEqual({ start: 0, end: 7 });
  });

  it('clamps offsets outside the text', () => {
    expect(snapRange('abc', -5, 10)).toEqual({ start: 0, end: 3 });
  });
});
