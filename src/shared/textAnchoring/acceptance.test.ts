import { describe, expect, it } from 'vitest';
import { isAcceptable } from './acceptance';

const none = { prefix: 0, suffix: 0 };
const oneSide = { prefix: 0, suffix: 0.5 };

describe('isAcceptable', () => {
  it('refuses a match with more than a quarter of the quote changed, whatever its context', () => {
    expect(isAcceptable({ quoteLength: 40, errors: 11, context: { prefix: 1, suffix: 1 }, atExpectedPlace: false, keyTermsAgree: true })).toBe(false);
    expect(isAcceptable({ quoteLength: 40, errors: 10, context: oneSide, atExpectedPlace: false, keyTermsAgree: true })).toBe(true);
  });

  it('requires half of one side of the context for a quote under 12 characters, even at its old position', () => {
    expect(isAcceptable({ quoteLength: 11, errors: 0, context: none, atExpectedPlace: true, keyTermsAgree: true })).toBe(false);
    expect(isAcceptable({ quoteLength: 11, errors: 0, context: oneSide, atExpectedPlace: false, keyTermsAgree: true })).toBe(true);
  });

  it('accepts an unchanged quote of 12 characters or more at its expected place without context', () => {
    expect(isAcceptable({ quoteLength: 12, errors: 0, context: none, atExpectedPlace: true, keyTermsAgree: true })).toBe(true);
    expect(isAcceptable({ quoteLength: 12, errors: 0, context: none, atExpectedPlace: false, keyTermsAgree: true })).toBe(false);
  });

  it('accepts a quote of 32 characters or more anywhere without context', () => {
    expect(isAcceptable({ quoteLength: 32, errors: 8, context: none, atExpectedPlace: false, keyTermsAgree: true })).toBe(true);
  });

  it('refuses an approximate match that names other names or numbers, unless the original context stands on both sides', () => {
    const lookAlike = { quoteLength: 46, errors: 9, atExpectedPlace: false, keyTermsAgree: false };
    expect(isAcceptable({ ...lookAlike, context: { prefix: 0, suffix: 0 } })).toBe(false);
    expect(isAcceptable({ ...lookAlike, context: { prefix: 1, suffix: 0.1 } })).toBe(false);
    expect(isAcceptable({ ...lookAlike, context: { prefix: 0.6, suffix: 0.9 } })).toBe(true);
  });
});
