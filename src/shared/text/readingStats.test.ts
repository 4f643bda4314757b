import { describe, expect, it } from 'vitest';
import { countWords, formatReadingTime, readingMinutes } from './readingStats';

describe('countWords', () => {
  it('counts hyphenated names, contractions and numbers as single words', () => {
    expect(countWords('Secretary-General Tasmagambetov didn’t say 2024 words.')).toBe(6);
  });
  it('counts words in other scripts', () => {
    expect(countWords('Война и мир')).toBe(3);
  });
  it('finds no words in punctuation', () => {
    expect(countWords(' — … ! ')).toBe(0);
  });
});

describe('reading time', () => {
  it('never shows zero minutes for a non-empty text', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(0)).toBe(0);
  });
  it('formats hours for a long book', () => {
    expect(formatReadingTime(readingMinutes(562_000))).toBe('39 h 21 min read');
    expect(formatReadingTime(4)).toBe('4 min read');
  });
});
