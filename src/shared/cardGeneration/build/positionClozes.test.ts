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
    expect(position('Ann Lee', 'We want to make the federal government a leader, not a laggard, in cybersecurity.')?.prompt).toBe('Ann Lee: We want [...] (aim).');
    expect(position('Ann Lee', 'We’re not looking at additional authorities for any government agencies at this time.')).toEqual({
      prompt: 'Ann Lee: We’re not looking at [...] (ruled out).',
      answer: 'additional authorities for any government agencies at this time',
    });
    expect(position('MR. SULLIVAN', 'And we believe that the outcome of the G7 will reflect the core pillars of the declaration.')?.prompt).toBe('Mr. Sullivan: And we believe that [...] (view).');
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
});
