import { describe, expect, it } from 'vitest';
import { transcriptCards } from '../testing/transcript';
import { leansOnContext } from './turnQuestions';

/** The question/answer cards of an exchange's turns, in the default deck. */
const exchangeCards = (turns: [string, string][]) => transcriptCards(turns, { all: false }).filter((card) => card.factType === 'statement');

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

  it('passes over an answer that restarts in its first words, goes on from someone already named, or will not be specific', () => {
    const answers = exchangeCards([
      ['Q', 'How do kids know what is true about the new health care system?'],
      ["THE PRESIDENT", "Well, the -- I've seen some of those signs. And she was able to handle it for big chunks of time. The details are still coming in, and so I don't want to be too specific. Medicare will pay for the checkups of every senior in the country."],
    ]).map((card) => card.answer);
    expect(answers).toEqual(['Medicare will pay for the checkups of every senior in the country.']);
  });

  it('passes over a compliment on the question ("Well, look, I think you make a great point.")', () => {
    const answers = exchangeCards([
      ['Q', 'How do we talk about what is working in the health care system and keep it?'],
      ['THE PRESIDENT', 'Well, look, I think you make a great point. Seniors on Medicare are more satisfied with their coverage than most people with private insurance.'],
    ]).map((card) => card.answer);
    expect(answers).toEqual(['Seniors on Medicare are more satisfied with their coverage than most people with private insurance.']);
  });
});

describe('a question for a nod, one that points back, and an answer that only leads in', () => {
  it('asks the turn\'s real question, not its tag ("…, right?"), and passes over a lead-in ("the motive was very simple") or a hedge', () => {
    const cards = exchangeCards([
      ['Gerhard Lazu', 'How does the deployment pipeline interact with the canary releases? I mean, it cannot be synchronous, right?'],
      ['Alexis Richardson', 'I think in the beginning the answer was very simple. Flagger watches the canary and outputs its metrics to Prometheus, according to configurable SLOs.'],
    ]);
    expect(cards.map((card) => [card.prompt, card.answer])).toEqual([
      ['Asked “How does the deployment pipeline interact with the canary releases?”, what did Alexis Richardson answer?', 'Flagger watches the canary and outputs its metrics to Prometheus, according to configurable SLOs.'],
    ]);
  });
});

describe('leansOnContext', () => {
  it('knows a question that goes on from the last, asks about a bare "that", or is only a phrase', () => {
    expect(leansOnContext('And what changes as a result of what you are expecting to happen?')).toBe(true);
    expect(leansOnContext('Can you unpack that for me?')).toBe(true);
    expect(leansOnContext('How did this come to be?')).toBe(true);
    expect(leansOnContext('What does that change look like?')).toBe(true);
    expect(leansOnContext('What does that change mean for Kubernetes operators?')).toBe(false);
    expect(leansOnContext('Is that due to privacy concerns or, you know, other reasons?')).toBe(true);
    expect(leansOnContext('Despite everything that they say publicly?')).toBe(true);
    expect(leansOnContext('I was hoping you could elaborate a little on that.')).toBe(true);
    expect(leansOnContext('Will the summit in Minsk discuss new members for the organisation?')).toBe(false);
    expect(leansOnContext('In your view, how will the summit change the way the members share intelligence?')).toBe(false);
  });
});
