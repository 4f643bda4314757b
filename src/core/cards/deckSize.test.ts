import { describe, expect, it } from 'vitest';
import { deckBudget, type RankedCard } from '../../shared/cardGeneration';
import { deckSize, moreCardsStep } from './deckSize';

const ranked = (count: number): RankedCard[] =>
  Array.from({ length: count }, (_, rank) => ({
    id: `card-${rank}`,
    type: 'cloze',
    prompt: `Prompt ${rank} [...]`,
    answer: `Answer ${rank}`,
    factType: 'name',
    group: `g${rank}`,
    source: { exact: 'A sentence.', start: rank * 20, end: rank * 20 + 11 },
    rank,
    heldBack: false,
  }));

const SHORT = 2_000;

describe('deckSize', () => {
  it('holds the budget for the text length when nothing was shown before', () => {
    expect(deckSize(ranked(200), new Set(), SHORT, false)).toBe(deckBudget(SHORT));
  });

  it('leaves held-back cards (guessable or slight) out of the deck until More cards reaches them', () => {
    const cards = ranked(20).map((card) => ({ ...card, heldBack: card.rank >= 15 }));
    expect(deckSize(cards, new Set(), SHORT, false)).toBe(15);
    expect(deckSize(cards, new Set(), SHORT, true)).toBe(20);
  });

  it('never holds more cards than there are', () => {
    expect(deckSize(ranked(5), new Set(), SHORT, false)).toBe(5);
    expect(deckSize(ranked(5), new Set(), SHORT, true)).toBe(5);
  });

  it('adds one step for More cards, and keeps what an earlier More revealed', () => {
    const cards = ranked(200);
    const afterMore = deckSize(cards, new Set(), SHORT, true);
    expect(afterMore).toBe(deckBudget(SHORT) + moreCardsStep(SHORT));
    const shown = new Set(cards.slice(0, afterMore).map((card) => card.id));
    expect(deckSize(cards, shown, SHORT, false)).toBe(afterMore);
  });

  it('counts only stored cards the generator still makes (an edit may drop some)', () => {
    const shown = new Set(['gone-1', 'gone-2', ...ranked(3).map((card) => card.id)]);
    expect(deckSize(ranked(200), shown, SHORT, false)).toBe(deckBudget(SHORT));
  });

  it('steps by at least ten cards, and by half the budget of a long text', () => {
    expect(moreCardsStep(500)).toBe(Math.max(10, Math.round(deckBudget(500) / 2)));
    expect(moreCardsStep(3_000_000)).toBe(Math.round(deckBudget(3_000_000) / 2));
  });
});
