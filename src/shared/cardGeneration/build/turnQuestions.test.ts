import { describe, expect, it } from 'vitest';
import { generateCards } from '../generateCards';

const turn = (paragraph: number, speaker: string) => ({ kind: 'turn' as const, paragraph, speaker });

/** A transcript from its turns: the text Gloss stores (labels out) and the structure that names the speakers. */
function transcript(turns: [string, string][]) {
  return { text: turns.map(([, words]) => words).join('\n\n'), structure: { blocks: turns.map(([speaker], index) => turn(index, speaker)) } };
}

describe('question/answer cards from an interview’s exchanges', () => {
  it('asks what the answerer said, with the question quoted and the answer’s first sentence that says something', () => {
    const { text, structure } = transcript([
      ['Q', 'Thank you. Will the summit in Minsk discuss new members for the organisation?'],
      ['MR. TASMAGAMBETOV', 'Thank you. No new members will be admitted before the summit in Minsk in November. That is settled.'],
      ['Q', 'And what about it?'],
      ['MR. TASMAGAMBETOV', 'The exercises in Kyrgyzstan went well for everyone who took part in them.'],
    ]);
    const questions = generateCards(text, { structure }).filter((card) => card.factType === 'statement');
    expect(questions).toEqual([
      expect.objectContaining({
        type: 'qa',
        prompt: 'Asked “Will the summit in Minsk discuss new members for the organisation?”, what did Mr. Tasmagambetov answer?',
        answer: 'No new members will be admitted before the summit in Minsk in November.',
      }),
    ]);
    // Its source is the answer's sentence in the text, where a highlight or "Show in text" finds it.
    expect(text.slice(questions[0]!.source.start, questions[0]!.source.end)).toBe(questions[0]!.answer);
  });

  it('makes none in prose, nor where no one asks', () => {
    const prose = 'Will the summit in Minsk discuss new members for the organisation?\n\nNo new members will be admitted before the summit in Minsk in November.';
    expect(generateCards(prose).filter((card) => card.factType === 'statement')).toEqual([]);
    const { text, structure } = transcript([
      ['Anna Berg', 'The summit in Minsk will discuss new members for the organisation this year.'],
      ['Tom Reed', 'No new members will be admitted before the summit in Minsk in November.'],
    ]);
    expect(generateCards(text, { structure }).filter((card) => card.factType === 'statement')).toEqual([]);
  });
});
