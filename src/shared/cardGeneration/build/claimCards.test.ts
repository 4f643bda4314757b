import { describe, expect, it } from 'vitest';
import { generateCards } from '../generateCards';
import { transcript, transcriptCards } from '../testing/transcript';
import { speakerInSentence } from './attribution';

const claims = (turns: [string, string][]) => transcriptCards(turns).filter((card) => card.prompt.startsWith('What did'));

describe('claim cards: a speaker’s stated position', () => {
  it('asks what the speaker said about the thing a position names, and answers with the sentence', () => {
    const cards = claims([
      ['MR. SULLIVAN', 'I do think the assertion by Hamas that they accepted the proposal is not correct. We met on Tuesday in the morning for a long talk.'],
    ]);
    expect(cards).toEqual([
      expect.objectContaining({ type: 'qa', factType: 'statement', prompt: 'What did Mr. Sullivan say about Hamas?', answer: 'I do think the assertion by Hamas that they accepted the proposal is not correct.' }),
    ]);
  });

  it('asks a claim about "he" about no person it names: he may be someone else ("… since Deng Xiaoping")', () => {
    const cards = claims([['THE PRESIDENT', 'He has consolidated power more quickly than anyone since Deng Xiaoping, and we will continue to press him on Hong Kong.']]);
    expect(cards.map((card) => card.prompt)).toEqual(['What did the President say about Hong Kong?']);
  });

  it('takes an announcement of what will be done as a position ("the President will be signing … with President Zelenskyy")', () => {
    const cards = claims([['MR. SULLIVAN', 'And then, to close out the day, the President will be signing a bilateral security agreement with President Zelenskyy of Ukraine.']]);
    expect(cards.map((card) => card.prompt)).toEqual(['What did Mr. Sullivan say about Zelenskyy?']);
  });

  it('makes no claim, view or position of a podcast host\'s own remarks: the guest\'s words are the content', () => {
    const guest = 'I think the biggest challenge with virtual is that you cannot always get the hallway track experience at KubeCon Europe, and we saw huge demand for in-person tickets this year.';
    const turns: [string, string][] = [];
    for (let i = 0; i < 4; i++) {
      turns.push(['Gerhard Lazu', i === 0 ? 'So how did that start for you?' : 'I think every conference should have a Happy Hour with Priyanka, it must be the best.']);
      turns.push(['Priyanka Sharma', guest]);
      turns.push(['Adam Stacoviak', i === 1 ? 'Was that before the pandemic?' : 'Right.']);
      turns.push(['Priyanka Sharma', guest]);
    }
    const { text, structure } = transcript(turns);
    const prompts = generateCards(text, { structure, limit: 'all' }).filter((card) => card.factType === 'statement').map((card) => card.prompt);
    expect(prompts.some((prompt) => prompt.includes('Priyanka Sharma'))).toBe(true);
    expect(prompts.filter((prompt) => prompt.includes('Gerhard Lazu'))).toEqual([]);
  });

  it('keeps the article the text gives the topic, and names a role with "the"', () => {
    const cards = claims([['SENIOR ADMINISTRATION OFFICIAL', 'We believe that the outcome of the G7 summit will reflect the core pillars of the declaration.']]);
    expect(cards.map((card) => card.prompt)).toEqual(['What did the senior administration official say about the G7?']);
  });

  it('makes none of narration, questions, fragments cut short or broken by a restart (" -- "), or a position that names nothing', () => {
    expect(
      claims([
        ['MR. SULLIVAN', 'The President went to Apulia on Thursday and met the leaders of the group there.'],
        ['MS. JONES', 'Do you think the talks with Hamas will go on through the summer and the autumn?'],
        ['MR. SULLIVAN', 'I think we must be very careful about what we say at this stage of the talks.'],
        ['MR. SULLIVAN', 'So, as a member of the team that flew with Hamas over here — —'],
        ['MS. SHARMA', 'I think in general Europe has -- there has been a lot going on in Europe lately.'],
        // "I know I saw …" tells what happened, not what the speaker holds.
        ['SPEAKER 1', 'And I know I saw Dan Cross join the call from Boston a minute ago.'],
        // A short claim about "it" says what only beside the sentence before; a compass word is no topic.
        ['JAMES SNELL', 'Personally, I think it should be in Core for the next Node release.'],
        ['WARD BECKER', 'I cannot comment on that, but it is indeed a little bit South of Amsterdam, yeah.'],
      ]),
    ).toEqual([]);
  });

  it('asks about what else the claim names when the first thing is the document’s subject, and makes no card when it names only that', () => {
    const turns: [string, string][] = [
      ['MR. SULLIVAN', 'We believe the G7 will reflect the Nairobi-Washington Vision on debt relief for poorer countries.'],
      ['MR. SULLIVAN', 'And I think you will hear a common voice from the G7 about the right path forward here.'],
    ];
    const { text, structure } = transcript(turns);
    const cards = generateCards(text, { structure, title: 'Briefing on the G7', limit: 'all' }).filter((card) => card.prompt.startsWith('What did'));
    expect(cards.map((card) => card.prompt)).toEqual(['What did Mr. Sullivan say about the Nairobi-Washington Vision?']);
  });

  it('asks about an abbreviation with the words that say which one it is ("the web authentication API")', () => {
    const cards = claims([['BETH DAKIN', 'I think this is using the web authentication API, which is an open standard that every browser supports.']]);
    expect(cards.map((card) => card.prompt)).toEqual(['What did Beth Dakin say about the web authentication API?']);
    const adverb = claims([['VILLE TUULOS', 'I think some types of models are really IO sensitive, so you need to read tons of images and videos.']]);
    expect(adverb.map((card) => card.prompt)).toEqual(['What did Ville Tuulos say about IO?']);
    const verb = claims([['CHRIS COYIER', 'I think you never had to learn much: you write HTML and CSS in those panels and it simply works.']]);
    expect(verb.map((card) => card.prompt)).toEqual(['What did Chris Coyier say about HTML?']);
    // "at some point AWS had …": a phrase of time says no which.
    const when = claims([['ANDREA LUZZARDI', 'I think at some point AWS had a Swarm-compatible service that people could run.']]);
    expect(when.map((card) => card.prompt)).toEqual(['What did Andrea Luzzardi say about AWS?']);
  });

  it('asks about no letters that stand for things ("I want A, and B is the thing …"), but about C, the language', () => {
    const cards = claims([['ERYN O’NEIL', 'We had to decide: I want A, and B is the thing that has to happen for this to continue.']]);
    expect(cards.map((card) => card.prompt)).toEqual([]);
    const language = claims([['ROB PIKE', 'Both maps and slices have a property which is not true of anything in C, at least at the base level.']]);
    expect(language.map((card) => card.prompt)).toEqual(['What did Rob Pike say about C?']);
  });

  it('is never about the speaker themself', () => {
    expect(claims([['MR. SULLIVAN', 'I think Sullivan and his team must stay in Apulia for the whole of the summit.']]).map((card) => card.prompt)).toEqual([
      'What did Mr. Sullivan say about Apulia?',
    ]);
  });
});

describe('speakerInSentence', () => {
  it('writes a label as a sentence names the speaker', () => {
    expect(speakerInSentence('THE VICE PRESIDENT')).toBe('the Vice President');
    expect(speakerInSentence('Mireille Reece, PsyD')).toBe('Mireille Reece');
    expect(speakerInSentence('SPEAKER_00')).toBe('Speaker 00');
    expect(speakerInSentence('Senior Administration Official')).toBe('the senior administration official');
    expect(speakerInSentence('MR. SULLIVAN')).toBe('Mr. Sullivan');
    expect(speakerInSentence('Q')).toBeNull();
  });
});
