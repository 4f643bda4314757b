import { describe, expect, it } from 'vitest';
import { generateCards } from '../generateCards';
import { leansOnContext } from './turnQuestions';

const turn = (paragraph: number, speaker: string) => ({ kind: 'turn' as const, paragraph, speaker });

/** A transcript from its turns: the text Gloss stores (labels out) and the structure that names the speakers. */
function transcript(turns: [string, string][]) {
  return { text: turns.map(([, words]) => words).join('\n\n'), structure: { blocks: turns.map(([speaker], index) => turn(index, speaker)) } };
}

/** The question/answer cards of an exchange's turns. */
const exchangeCards = (turns: [string, string][]) => {
  const { text, structure } = transcript(turns);
  return generateCards(text, { structure }).filter((card) => card.factType === 'statement');
};

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

describe('an answer that declines first', () => {
  it('is answered by its first sentence that does not decline', () => {
    const answers = exchangeCards([
      ['Q', 'Was the President also briefed by the agencies on that report last week?'],
      ['MR. HALE', 'As a general matter, I am not in a position to read out the details of his briefings. What I can confirm is that the President received a briefing on the report on Thursday.'],
    ]).map((card) => card.answer);
    expect(answers).toEqual(['What I can confirm is that the President received a briefing on the report on Thursday.']);
  });
});

describe('an answer that opens on politeness or a hedge', () => {
  it('passes over "I\'d be happy to talk about that", "it depends" and a short sentence that ends on "that"', () => {
    const answers = exchangeCards([
      ['Jerod Santo', 'The idea, the concept, the implementation of the orchestrator: what did that look like back then?'],
      ['Andrea Luzzardi', 'Yeah, I\'d be happy to talk about that. Well, it really depends on the use case. So there were a few incarnations of that. We built the first scheduler in Go over a single summer in 2014 at Docker.'],
    ]).map((card) => card.answer);
    expect(answers).toEqual(['We built the first scheduler in Go over a single summer in 2014 at Docker.']);
  });
});

describe('leansOnContext', () => {
  it('knows a question that goes on from the last, asks about a bare "that", or is only a phrase', () => {
    expect(leansOnContext('And what changes as a result of what you are expecting to happen?')).toBe(true);
    expect(leansOnContext('Is that due to privacy concerns or, you know, other reasons?')).toBe(true);
    expect(leansOnContext('Despite everything that they say publicly?')).toBe(true);
    expect(leansOnContext('I was hoping you could elaborate a little on that.')).toBe(true);
    expect(leansOnContext('Will the summit in Minsk discuss new members for the organisation?')).toBe(false);
    expect(leansOnContext('In your view, how will the summit change the way the members share intelligence?')).toBe(false);
  });
});
