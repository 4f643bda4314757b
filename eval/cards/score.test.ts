import { describe, expect, it } from 'vitest';
import type { GeneratedCard } from '../../src/shared/cardGeneration/types';
import type { CardLabel } from './labels';
import { median, scoreText, sumCounts } from './score';

const text = 'Next week, on November 23, Minsk will host a summit of the organisation.';
const card = (id: string, answer: string, type: GeneratedCard['type'] = 'cloze'): GeneratedCard => ({
  id,
  type,
  prompt: text.replace(answer, '[...]'),
  answer,
  factType: 'place',
  group: 's-1',
  source: { exact: text, start: 0, end: text.length },
});
const label = (id: string, verdict: CardLabel['label']): CardLabel => ({ id, label: verdict, prompt: '', answer: '', ...(verdict === 'good' ? {} : { reason: 'why not' }) });

describe('scoring a deck', () => {
  it('counts verdicts by card id and reports a card the labels do not know as unlabelled, never as good', () => {
    const cards = [card('card-a', 'Minsk'), card('card-b', 'November 23'), card('card-c', 'summit', 'qa')];
    const labels = new Map([['card-a', label('card-a', 'good')], ['card-b', label('card-b', 'trivial')]]);
    const score = scoreText(text, cards, labels, [{ about: 'host city', answers: ['Minsk'], sentence: 'will host a summit' }], 12);
    expect(score).toMatchObject({ cards: 3, good: 1, trivial: 1, broken: 0, unlabelled: 1, qa: 1, goldFacts: 1, recalled: 1, ms: 12 });
    expect(score.unlabelledCards.map((unlabelled) => unlabelled.id)).toEqual(['card-c']);
  });

  it('adds groups up card by card and takes the median of timings', () => {
    const one = scoreText(text, [card('card-a', 'Minsk')], new Map(), [], 4);
    expect(sumCounts([one, one])).toMatchObject({ texts: 2, cards: 2, unlabelled: 2, ms: 8 });
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
