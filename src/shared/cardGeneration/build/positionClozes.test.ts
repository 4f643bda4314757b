import { describe, expect, it } from 'vitest';
import { firstSentence } from '../testing/analyse';
import { positionCloze } from './positionClozes';

/** The position cloze of one sentence said by `speaker`, as prompt and answer. */
function position(speaker: string | null, said: string): { prompt: string; answer: string } | null {
  const card = positionCloze(said, firstSentence(said), speaker);
  return card && { prompt: card.prompt, answer: card.answer };
}

describe('positions a speaker states for their side', () => {
  it('blanks what they found, want, believe or rule out, the sentence before the blank saying whose and about what', () => {
    expect(position('SENIOR ADMINISTRATION OFFICIAL', 'And in our review of what caused SolarWinds, we saw significant gaps in modernization across the federal government.')).toEqual({
      prompt: 'Senior Administration Official: And in our review of what caused SolarWinds, we saw [...] (finding).',
      answer: 'significant gaps in modernization across the federal government',
    });
    // With nothing said before "we", the clause's first words say what the card asks about: a blank on its own would not.
    expect(position('Ann Lee', 'We want to make the federal government a leader, not a laggard, in cybersecurity.')).toEqual({
      prompt: 'Ann Lee: We want to make the federal government [...] (aim).',
      answer: 'a leader, not a laggard, in cybersecurity',
    });
    expect(position('Ann Lee', 'We’re not looking at additional authorities for any government agencies to do additional monitoring at this time.')).toEqual({
      prompt: 'Ann Lee: We’re not looking at additional authorities for any government agencies [...] (ruled out).',
      answer: 'to do additional monitoring at this time',
    });
    expect(position('MR. SULLIVAN', 'And we believe that the outcome of the G7 will reflect the core pillars of the declaration.')?.prompt).toBe('Mr. Sullivan: And we believe that the outcome of the G7 will reflect [...] (view).');
    expect(position('MR. SULLIVAN', 'We need new thinking for a new era.')).toBeNull();
  });

  it('makes none of a clause inside another, a restart, a question, "I think", a position on "it", or a sentence no one says', () => {
    expect(position('Ann Lee', 'But we need it because much of life is very abstract.')).toBeNull();
    expect(position('Ann Lee', 'The EU has taken what we believe is an important step on tariffs for electric vehicles.')).toBeNull();
    expect(position('Ann Lee', 'And if we need to have a classified discussion, we have mechanisms to do it.')).toBeNull();
    expect(position('Ann Lee', 'We believe the G7 will — the statement will reflect the vision on debt relief.')).toBeNull();
    expect(position('Ann Lee', 'Do we believe that the outcome of the summit will reflect the declaration?')).toBeNull();
    expect(position('Ann Lee', 'I think the outcome of the summit will reflect the declaration in full.')).toBeNull();
    expect(position(null, 'We saw significant gaps in modernization across the federal government.')).toBeNull();
  });

  it('makes none of one\'s own sight or chance find, a position quoted, or talk on the fly ("you know", "like,", "...")', () => {
    expect(position('Speaker 4', 'I saw you did this in a little design of the backplane cable.')).toBeNull();
    expect(position('Erick Wendel', 'I found some people trying to use V8 just to parse a string.')).toBeNull();
    expect(position('Erick Wendel', 'I found that most teams never upgrade their compilers at all.')?.answer).toBe('their compilers at all');
    expect(position('Ann Lee', 'Customers came in and said "Okay, we want to run our runners on Kubernetes."')).toBeNull();
    expect(position('Speaker 2', 'And we need a computer that was, like, a real workstation for the lab.')).toBeNull();
    expect(position('Eryn O’Neil', 'We need to have a single source of truth... Like all of the docs in one place.')).toBeNull();
  });
});
