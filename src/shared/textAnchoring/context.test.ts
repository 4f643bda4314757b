import { describe, expect, it } from 'vitest';
import { matchContext } from './context';

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
