import { describe, expect, it } from 'vitest';
import { cardIdentity, cardProblem, normaliseBlanks } from './cardRules';

describe('cardProblem', () => {
  it('accepts a question card and a cloze whose blank is its answer', () => {
    expect(cardProblem({ type: 'qa', prompt: 'Which city hosts the summit?', answer: 'Minsk' })).toBeNull();
    expect(cardProblem({ type: 'cloze', prompt: 'The summit is held in [...] (city).', answer: 'Minsk' })).toBeNull();
  });

  it('refuses a cloze without a blank', () => {
    expect(cardProblem({ type: 'cloze', prompt: 'The summit is held in Minsk.', answer: 'Minsk' })).toBe('A cloze needs a blank: write [...] in the prompt where the answer goes.');
  });

  it('refuses a cloze whose answer is empty or has no words', () => {
    expect(cardProblem({ type: 'cloze', prompt: 'The summit is held in [...].', answer: '' })).toBe('A cloze needs an answer: the words that go in its blank.');
    expect(cardProblem({ type: 'cloze', prompt: 'The summit is held in [...].', answer: ' … ' })).toBe('A cloze needs an answer: the words that go in its blank.');
  });

  it('refuses a cloze that is only a blank, or that still shows its answer', () => {
    expect(cardProblem({ type: 'cloze', prompt: '[...]', answer: 'Minsk' })).toBe('A cloze needs words around its blank to prompt with.');
    expect(cardProblem({ type: 'cloze', prompt: 'Minsk hosts the summit in [...].', answer: 'minsk' })).toBe('The prompt still shows the answer (“minsk”): write [...] in its place.');
    // A word that merely contains the answer gives nothing away.
    expect(cardProblem({ type: 'cloze', prompt: 'Minsker hosts the summit in [...].', answer: 'Minsk' })).toBeNull();
  });

  it('refuses a card without a prompt or an answer', () => {
    expect(cardProblem({ type: 'qa', prompt: '?', answer: 'Minsk' })).toBe('A card needs a prompt.');
    expect(cardProblem({ type: 'qa', prompt: 'Host city?', answer: '  ' })).toBe('A card needs an answer.');
  });
});

describe('normaliseBlanks', () => {
  it('reads the blank as people type it', () => {
    expect(normaliseBlanks('In […] and [ ... ] and [. . .], not [..]')).toBe('In [...] and [...] and [...], not [..]');
    expect(cardProblem({ type: 'cloze', prompt: 'The summit is held in […].', answer: 'Minsk' })).toBeNull();
  });
});

describe('cardIdentity', () => {
  it('is the same for cards that differ only in case, spacing, punctuation or the blank’s hint', () => {
    expect(cardIdentity({ type: 'qa', prompt: 'Who hosts  the summit?', answer: 'Minsk.' })).toBe(cardIdentity({ type: 'qa', prompt: 'who hosts the summit', answer: 'minsk' }));
    expect(cardIdentity({ type: 'cloze', prompt: 'Held in [...] (city).', answer: 'Minsk' })).toBe(cardIdentity({ type: 'cloze', prompt: 'Held in […]', answer: 'Minsk' }));
  });

  it('tells apart cards of another kind, answer, or blank position', () => {
    const cloze = cardIdentity({ type: 'cloze', prompt: 'A [...] B', answer: 'x' });
    expect(cardIdentity({ type: 'cloze', prompt: 'A B [...]', answer: 'x' })).not.toBe(cloze);
    expect(cardIdentity({ type: 'cloze', prompt: 'A [...] B', answer: 'y' })).not.toBe(cloze);
    expect(cardIdentity({ type: 'qa', prompt: 'A [...] B', answer: 'x' })).not.toBe(cloze);
  });
});
