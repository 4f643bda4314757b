import { describe, expect, it } from 'vitest';
import { isAcceptable } from './acceptance';
import { matchContext } from './context';

const none = { prefix: 0, suffix: 0 };
const oneSide = { prefix: 0, suffix: 0.5 };

describe('isAcceptable', () => {
  it('refuses a match with more than a quarter of the quote changed, whatever its context', () => {
    expect(isAcceptable({ quoteLength: 40, errors: 11, context: { prefix: 1, suffix: 1 }, atExpectedPlace: false })).toBe(false);
    expect(isAcceptable({ quoteLength: 40, errors: 10, context: oneSide, atExpectedPlace: false })).toBe(true);
  });

  it('requires half of one side of the context for a quote under 12 characters, even at its old position', () => {
    expect(isAcceptable({ quoteLength: 11, errors: 0, context: none, atExpectedPlace: true })).toBe(false);
    expect(isAcceptable({ quoteLength: 11, errors: 0, context: oneSide, atExpectedPlace: false })).toBe(true);
  });

  it('accepts an unchanged quote of 12 characters or more at its expected place without context', () => {
    expect(isAcceptable({ quoteLength: 12, errors: 0, context: none, atExpectedPlace: true })).toBe(true);
    expect(isAcceptable({ quoteLength: 12, errors: 0, context: none, atExpectedPlace: false })).toBe(false);
  });

  it('accepts a quote of 32 characters or more anywhere without context', () => {
    expect(isAcceptable({ quoteLength: 32, errors: 8, context: none, atExpectedPlace: false })).toBe(true);
  });
});

describe('matchContext', () => {
  const prefix = 'p'.repeat(16) + 'abcdefghijklmnop';
  const suffix = 'qrstuvwxyzabcdef' + 's'.repeat(16);
  const quote = { exact: 'QUOTE', prefix, suffix };

  it('counts matching characters outward from the quote, out of a full context', () => {
    const text = `__${prefix.slice(16)}QUOTE${suffix.slice(0, 8)}__`;
    expect(matchContext(text, quote, 18, 23)).toEqual({ prefix: 0.5, suffix: 0.25 });
  });

  it('counts a short prefix from near the start of the text fully only at the same distance from that start', () => {
    const nearStart = { exact: 'QUOTE', prefix: 'The ', suffix: '' };
    expect(matchContext('The QUOTE', nearStart, 4, 9).prefix).toBe(1);
    expect(matchContext('xThe QUOTE', nearStart, 5, 10).prefix).toBe(4 / 32);
  });

  it('matches an empty side only at the edge of the text', () => {
    const atEdges = { exact: 'QUOTE', prefix: '', suffix: '' };
    expect(matchContext('QUOTE', atEdges, 0, 5)).toEqual({ prefix: 1, suffix: 1 });
    expect(matchContext('xQUOTEx', atEdges, 1, 6)).toEqual({ prefix: 0, suffix: 0 });
  });
});
