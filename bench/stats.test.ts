import { describe, expect, it } from 'vitest';
import { ratioOf, summarizeSamples } from './stats';

describe('summarizeSamples', () => {
  it('takes the middle sample of an odd count, whatever the order', () => {
    expect(summarizeSamples([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, runs: 3 });
  });

  it('averages the two middle samples of an even count', () => {
    expect(summarizeSamples([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    summarizeSamples(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses an empty list rather than reporting NaN', () => {
    expect(() => summarizeSamples([])).toThrow(/at least one/);
  });
});

describe('ratioOf', () => {
  it('divides median by baseline median', () => {
    expect(ratioOf(summarizeSamples([100, 1, 1000]), summarizeSamples([400]))).toBe(0.25);
  });
});
