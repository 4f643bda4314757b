import { describe, expect, it } from 'vitest';
import { generateCards } from '../generateCards';
import { transcript, transcriptCards } from '../testing/transcript';

/** The question/answer cards of an exchange's turns, in the default deck. */
const exchangeCards = (turns: [string, string][]) => transcriptCards(turns, { all: false }).filter((card) => card.factType === 'statement');

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

  it('quotes a question that leans on what came before with the asker\'s sentence before it, and makes no card when there is none', () => {
    const prompts = exchangeCards([
      ['Q', 'The agency said it would not release the names of the companies. Is that due to privacy concerns or to other reasons?'],
      ['MR. HALE', 'The companies asked us not to name them until their own customers were told.'],
      ['Q', 'Is that because of the lawsuits that were filed last month?'],
      ['MR. HALE', 'The lawsuits have nothing to do with the timing of the notices we sent.'],
    ]).map((card) => card.prompt);
    expect(prompts).toEqual([
      'Asked “The agency said it would not release the names of the companies. Is that due to privacy concerns or to other reasons?”, what did Mr. Hale answer?',
    ]);
  });

  it('passes over answer sentences that set the scene or go on from another part of the question', () => {
    const answers = exchangeCards([
      ['Q', 'Will the summit in Minsk discuss new members for the organisation this year?'],
      ['MR. TASMAGAMBETOV', 'Well, as you know, the summit has met in Minsk every year since the treaty was signed. On the second question, we have no plans to change the charter at all. No new members will be admitted before the summit in November.'],
    ]).map((card) => card.answer);
    expect(answers).toEqual(['No new members will be admitted before the summit in November.']);
  });

  it('takes an answer sentence opening with "And" unless it goes on from what came before ("And as part of that …")', () => {
    const answers = (reply: string) =>
      exchangeCards([
        ['Q', 'Will the summit in Minsk discuss new members for the organisation this year?'],
        ['MR. TASMAGAMBETOV', reply],
      ]).map((card) => card.answer);
    expect(answers('Yes. And as part of that, the members will vote on it in the spring.')).toEqual([]);
    expect(answers('Yes. And the members will vote on two new members at the summit in Minsk.')).toEqual(['And the members will vote on two new members at the summit in Minsk.']);
  });
});

describe('a podcast\'s exchanges', () => {
  it('takes a host\'s questions, not a question the host quotes, and no answer that breaks off or leans on "that"', () => {
    const guest = 'Well, I wrote Mongrel in a few weeks in 2006, and the Rails companies ran it for years after that.';
    const answers = exchangeCards([
      ['Jerod Santo', 'Zed, we had you on the show back in 2010. How did you come to write the web server that Rails ran on?'],
      ['Zed Shaw', guest],
      ['Jerod Santo', 'Nice. So I said "Why don\'t you just keep it for yourself and never release it at all?'],
      ['Zed Shaw', 'I think now to run a very large open source project is so expensive that no small group can do it.'],
      ['Jerod Santo', 'Isn\'t that just like the actual open source thing working, the way it is meant to?'],
      ['Zed Shaw', 'I didn\'t really say it was a good thing, or that it was--'],
      ['Jerod Santo', 'That could be a different job interview - how many bugs can you write in two hours?'],
      ['Zed Shaw', 'That would be another one I would do for sure.'],
      ['Adam Stacoviak', 'Okay.'],
      ['Zed Shaw', 'Anyway, the licence of the project changed twice in the year after Mongrel came out, and then the team moved on to Thin.'],
    ]).map((card) => card.answer);
    expect(answers).toEqual([guest]);
  });
});

describe('a question asked as a statement', () => {
  it('takes "I wonder …" or "Can you talk about …" without a question mark for the question', () => {
    const answers = exchangeCards([
      ['Q', 'Thanks, Jake. I wonder what the leaders hope to glean from the talks on migration this week.'],
      ['MR. SULLIVAN', 'The leaders hope to agree on lawful pathways for workers before the summit in November.'],
    ]);
    expect(answers).toEqual([expect.objectContaining({ prompt: 'Asked “I wonder what the leaders hope to glean from the talks on migration this week.”, what did Mr. Sullivan answer?' })]);
  });
});
