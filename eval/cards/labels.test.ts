import { describe, expect, it } from 'vitest';
import { parseLabelFile } from './labels';

const card = { id: 'card-0123456789a', label: 'good', prompt: 'The summit is in [...] (city).', answer: 'Minsk' };
const file = (cards: unknown[]): string => JSON.stringify({ labelledAgainst: 'test', cards });

describe('label files', () => {
  it('read good cards without a reason and trivial or broken ones with one', () => {
    const parsed = parseLabelFile(file([card, { ...card, id: 'card-0123456789b', label: 'broken', reason: 'speaker label carded' }]));
    expect(parsed.cards.map((label) => label.label)).toEqual(['good', 'broken']);
  });

  it('refuse a trivial or broken card without a reason, an unknown verdict, an unknown field and a card labelled twice', () => {
    expect(() => parseLabelFile(file([{ ...card, label: 'trivial' }]))).toThrow(/reason/);
    expect(() => parseLabelFile(file([{ ...card, label: 'fine' }]))).toThrow();
    expect(() => parseLabelFile(file([{ ...card, note: 'x' }]))).toThrow();
    expect(() => parseLabelFile(file([card, card]))).toThrow(/labelled twice/);
  });
});
