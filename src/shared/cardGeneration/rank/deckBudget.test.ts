import { describe, expect, it } from 'vitest';
import { generateCards } from '../generateCards';
import { deckBudget, topRanked } from './deckBudget';

describe('the deck and its budget', () => {
  const text = Array.from({ length: 60 }, (_, i) => `Delegation ${i + 1} from Kyrgyzstan met Minister Tasmagambetov${i} in Minsk on November ${(i % 28) + 1}, ${1950 + i}.`).join('\n\n');

  it('ranks every card once, deterministically', () => {
    const all = generateCards(text, { limit: 'all' });
    expect(all.map((c) => c.rank).sort((a, b) => a - b)).toEqual(all.map((_, i) => i));
    expect(generateCards(text, { limit: 'all' })).toEqual(all);
  });

  it('leaves guessable cards out of the default deck', () => {
    const thanked = `${text}\n\nThank you, Minister Tasmagambetov99, for the talks in Minsk on November 3, 1999.`;
    const all = generateCards(thanked, { limit: 'all' });
    const thanks = all.filter((c) => c.heldBack);
    expect(thanks.length).toBeGreaterThan(0);
    expect(thanks.every((c) => c.rank >= all.length - thanks.length)).toBe(true);
    expect(generateCards(thanked).some((c) => c.heldBack)).toBe(false);
  });

  it('holds the best ranks up to the budget for the text length, in document order', () => {
    const all = generateCards(text, { limit: 'all' });
    const deck = generateCards(text);
    expect(all.length).toBeGreaterThan(deckBudget(text.length));
    expect(deck).toHaveLength(deckBudget(text.length));
    expect(deck.every((c) => c.rank < deck.length)).toBe(true);
    expect(deck.map((c) => c.source.start)).toEqual([...deck.map((c) => c.source.start)].sort((a, b) => a - b));
    expect(topRanked(all, 5).map((c) => c.rank).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
  });

  it('grows with the text: a base plus a share per kilobyte', () => {
    expect(deckBudget(0)).toBe(40);
    expect(deckBudget(20 * 1024)).toBe(64);
    expect(deckBudget(3_200_000)).toBeGreaterThan(3_000);
  });
});
