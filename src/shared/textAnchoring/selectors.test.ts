import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeRange } from './selectors';

describe('describeRange', () => {
  it('keeps the quote, 32 characters on each side and the offsets', () => {
    const text = `${'p'.repeat(40)}QUOTE${'s'.repeat(40)}`;
    expect(describeRange(text, 40, 45)).toEqual({
      quote: { exact: 'QUOTE', prefix: 'p'.repeat(CONTEXT_LENGTH), suffix: 's'.repeat(CONTEXT_LENGTH) },
      position: { start: 40, end: 45 },
    });
  });

  it('has an empty prefix at the start of the text and an empty suffix at its end', () => {
    expect(describeRange('Whole text', 0, 10).quote).toEqual({ exact: 'Whole text', prefix: '', suffix: '' });
  });

  it('keeps a short prefix and suffix near the edges of the text', () => {
    expect(describeRange('ab QUOTE cd', 3, 8).quote).toEqual({ exact: 'QUOTE', prefix: 'ab ', suffix: ' cd' });
  });

  it('drops the lone low surrogate when the prefix cut falls inside an emoji', () => {
    const text = `x😀${'a'.repeat(31)}QUOTE`;
    const { quote } = describeRange(text, 34, 39);
    expect(quote.prefix).toBe('a'.repeat(31));
    expect(quote.prefix.length).toBe(CONTEXT_LENGTH - 1);
  });

  it('drops the lone high surrogate when the suffix cut falls inside an emoji', () => {
    const text = `QUOTE${'a'.repeat(31)}😀x`;
    expect(describeRange(text, 0, 5).quote.suffix).toBe('a'.repeat(31));
  });

  it('keeps an emoji whole when it fits inside the context', () => {
    const text = `${'a'.repeat(30)}😀QUOTE😀${'b'.repeat(30)}`;
    const { quote } = describeRange(text, 32, 37);
    expect(quote.prefix).toBe(`${'a'.repeat(30)}😀`);
    expect(quote.suffix).toBe(`😀${'b'.repeat(30)}`);
  });

  it('refuses empty, reversed, out-of-bounds and fractional ranges', () => {
    expect(() => describeRange('text', 2, 2)).toThrow(RangeError);
    expect(() => describeRange('text', 3, 1)).toThrow(RangeError);
    expect(() => describeRange('text', -1, 2)).toThrow(RangeError);
    expect(() => describeRange('text', 0, 5)).toThrow(RangeError);
    expect(() => describeRange('text', 0.5, 2)).toThrow(RangeError);
  });
});
