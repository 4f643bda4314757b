import { describe, expect, it } from 'vitest';
import type { TextStructure } from '../../text/blocks';
import { turn } from '../testing/transcript';
import { readTurns } from './turns';

describe('who asks and who answers in a transcript', () => {
  const text = ['Welcome. How did it start?', 'It started in Leeds.', 'It went on for years.', 'And then?', 'Then we moved.'].join('\n\n');

  it('takes a speaker whose turns are mostly questions for the one who asks, and continuation paragraphs for their speaker', () => {
    const structure: TextStructure = { blocks: [turn(0, 'Anna Berg'), turn(1, 'Tom Reed'), turn(3, 'Anna Berg'), turn(4, 'Tom Reed')] };
    const turns = readTurns(text, structure);
    expect(turns.askerAt(0)).toBe(true);
    expect(turns.askerAt(text.indexOf('It went on'))).toBe(false);
    expect(turns.speakerAt(text.indexOf('It went on'))).toBe('Tom Reed');
    expect(turns.askerAt(text.indexOf('And then'))).toBe(true);
  });

  it('knows the asking labels whatever they say, and takes no one for an asker where every voice asks, or in prose', () => {
    const labelled: TextStructure = { blocks: [turn(0, 'Q'), turn(1, 'MR. SULLIVAN'), turn(3, 'Q'), turn(4, 'MR. SULLIVAN')] };
    expect(readTurns('Thank you.\n\nYes.\n\nNo.\n\nThanks.\n\nSure.', labelled).askerAt(0)).toBe(true);
    const allAsk: TextStructure = { blocks: [turn(0, 'A?'), turn(1, 'B?')] };
    expect(readTurns('Why?\n\nWhy not?', allAsk).askerAt(0)).toBe(false);
    expect(readTurns(text, { blocks: [] }).askerAt(0)).toBe(false);
    expect(readTurns(text, undefined).speakerAt(0)).toBeNull();
  });

  it('reads a turn of several paragraphs as one: a host who frames at length and then asks is the one who asks', () => {
    const podcast = [
      'Welcome back to the show.',
      'Today we are talking about the new law and what it means for families.',
      'What made you take this on?',
      'I grew up in a town where the river flooded every spring.',
      'Last year we saw the worst drought on record.',
      'Our listeners want to know about the credits too.',
      'Who can claim them this year?',
      'Anyone who buys a heat pump or a used electric car can claim them.',
    ].join('\n\n');
    // One block per paragraph, as the importer writes a turn that runs over several.
    const speakers = ['Anna Berg', 'Anna Berg', 'Anna Berg', 'Tom Reed', 'Anna Berg', 'Anna Berg', 'Anna Berg', 'Tom Reed'];
    const turns = readTurns(podcast, { blocks: speakers.map((speaker, paragraph) => turn(paragraph, speaker)) });
    expect(turns.askerAt(0)).toBe(true);
    expect(turns.askerAt(podcast.indexOf('Anyone who buys'))).toBe(false);
    expect(turns.spans.filter((span) => span.asks)).toHaveLength(2);
  });

  it('takes a podcast\'s hosts by their short turns that often ask, beside the guest who says most; a panel of equals has none', () => {
    const guestTurn = 'I wrote the first version in a few weeks, and then the companies that used it took it over without paying anyone for it, which is how it went for years. ';
    const podcast: [string, string][] = [];
    for (let i = 0; i < 4; i++) {
      podcast.push(['Jerod Santo', i === 0 ? 'So how did that start for you?' : 'That is wild. We talked about it last year.']);
      podcast.push(['Zed Shaw', guestTurn.repeat(2)]);
      podcast.push(['Adam Stacoviak', i === 1 ? 'Was that before the book?' : 'Right, I remember that.']);
      podcast.push(['Zed Shaw', guestTurn]);
    }
    const text = podcast.map(([, words]) => words).join('\n\n');
    const turns = readTurns(text, { blocks: podcast.map(([speaker], paragraph) => turn(paragraph, speaker)) });
    const hostAt = (speaker: string) => turns.hostAt(turns.spans.find((span) => span.speaker === speaker)!.start);
    expect([hostAt('Jerod Santo'), hostAt('Adam Stacoviak'), hostAt('Zed Shaw')]).toEqual([true, true, false]);
    // A host is no asker: their words stay (weighing less), and their chat makes no question/answer card.
    expect(turns.spans.some((span) => span.asks)).toBe(false);
    expect(turns.askerAt(0)).toBe(false);
    // Voices that speak alike host no one.
    const panel = ['I think the law will pass this year, and then the credits start?', 'It will, and the credits start in March for everyone who applies.'];
    const even = readTurns(panel.join('\n\n'), { blocks: [turn(0, 'Anna Berg'), turn(1, 'Tom Reed')] });
    expect(even.hostAt(0)).toBe(false);
  });
});
