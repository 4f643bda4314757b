import { describe, expect, it } from 'vitest';
import type { GeneratedCard } from '../types';
import type { GoldFact } from './goldFact';
import { containsAnswer, isRecalled, sameAnswer } from './recall';

const sentence = 'G7 leaders are more unified, really, than they have ever been on the major issues.';

function card(prompt: string, answer: string, type: GeneratedCard['type'] = 'cloze'): GeneratedCard {
  return { id: 'card-x', type, prompt, answer, factType: 'name', group: 's-x', source: { exact: sentence, start: 0, end: sentence.length } };
}

describe('the gold-fact matcher', () => {
  it('compares entity answers loosely: case, punctuation, a leading "the" and list order aside', () => {
    expect(sameAnswer('the European Union', 'European Union')).toBe(true);
    expect(sameAnswer('Armenia, Belarus and Russia', 'russia; belarus, Armenia.')).toBe(true);
    expect(sameAnswer('Union', 'European Union')).toBe(false);
  });

  it('finds a key phrase only as whole words', () => {
    expect(containsAnswer('G7 leaders are more unified than ever', 'more unified')).toBe(true);
    expect(containsAnswer('Munich', 'Muni')).toBe(false);
    expect(containsAnswer('anything', '')).toBe(false);
  });

  it('recalls an entity only from a card whose answer is that entity, not one that merely mentions it', () => {
    const fact: GoldFact = { about: 'the group', answers: ['G7'], sentence: 'G7 leaders are more unified' };
    expect(isRecalled(fact, [card('[...] leaders are more unified, really, than they have ever been.', 'G7')])).toBe(true);
    expect(isRecalled(fact, [card('What did he say about the G7?', 'G7 leaders are more unified', 'qa')])).toBe(false);
  });

  it('recalls a claim from a card holding its key phrase, attributed to its speaker when the fact asks for it', () => {
    const fact: GoldFact = { about: 'Sullivan: the G7 is more unified than ever', kind: 'claim', answers: ['more unified'], sentence: 'more unified, really', prompt: ['Sullivan'] };
    expect(isRecalled(fact, [card('What did Sullivan say about the G7 leaders?', 'G7 leaders are more unified than ever', 'qa')])).toBe(true);
    expect(isRecalled(fact, [card('What did he say about the G7 leaders?', 'G7 leaders are more unified than ever', 'qa')])).toBe(false);
    expect(isRecalled(fact, [card('According to Sullivan, [...] leaders are more unified.', 'G7')])).toBe(false);
  });

  it('needs the card to come from the fact’s sentence', () => {
    const fact: GoldFact = { about: 'elsewhere', answers: ['G7'], sentence: 'a sentence the card does not come from' };
    expect(isRecalled(fact, [card('[...] leaders are more unified.', 'G7')])).toBe(false);
  });
});
