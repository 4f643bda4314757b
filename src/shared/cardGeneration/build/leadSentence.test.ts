import { describe, expect, it } from 'vitest';
import { analyseChunk } from '../nlp/winkPipeline';
import { generateCards } from '../generateCards';
import { leadSentence } from './leadSentence';

/** The lead the second sentence of `text` gets. */
function leadOf(text: string, inTalk = false): string | null {
  const [previous, sentence] = analyseChunk(text, 0);
  return leadSentence(text, previous ?? null, sentence!, inTalk);
}

describe('the sentence before a card that points back', () => {
  it('puts the sentence before in front of a short one that opens on "they", "it" or "these"', () => {
    expect(leadOf('Premiums have doubled over the last decade. They have gone up three times faster than wages.')).toBe('Premiums have doubled over the last decade.');
    expect(leadOf('Bodmin is a town in Cornwall. It is situated south-west of Bodmin Moor.')).toBe('Bodmin is a town in Cornwall.');
  });

  it('gives none to an "it" that stands for what follows, to a sentence that names its own subject, or across a paragraph', () => {
    expect(leadOf('Talks failed in 2009. It was China that blocked the deal.')).toBeNull();
    expect(leadOf('Talks failed in 2009. It wasn’t until 2015 that they resumed.')).toBeNull();
    expect(leadOf('Talks failed in 2009. That deal was blocked by China.')).toBeNull();
    expect(leadOf('Premiums have doubled.\n\nThey have gone up three times faster than wages.')).toBeNull();
  });

  it('gives none when the sentence before is a question, points back itself, or the sentence is long enough to stand alone', () => {
    expect(leadOf('What went up? They have gone up three times faster than wages.')).toBeNull();
    expect(leadOf('He’ll co-host it with Italy. It will bring leaders together in Rome.', true)).toBeNull();
    expect(leadOf('The forum opens today. It will bring together leaders of the G7 and private sector executives, including the heads of Microsoft and BlackRock, in Rome.')).toBeNull();
  });

  it('reads "he" and "she" as pointing back in talk only: in an article they are most often its subject', () => {
    expect(leadOf('Ask my colleague. He was in Geneva for the talks.', true)).toBe('Ask my colleague.');
    expect(leadOf('Alhazen was a physicist. He was born in Basra.', false)).toBeNull();
  });

  it('keeps a sentence before that names the answer off the card, so it gives nothing away', () => {
    const cards = generateCards('Exports to China doubled in 2009. They went up twice as fast as those to China in 2010.');
    const year = cards.find((card) => card.answer === '2010');
    expect(year?.prompt).toBe('Exports to China doubled in 2009. They went up twice as fast as those to China in [...] (year).');
    expect(cards.filter((card) => card.answer === '2009').every((card) => !card.prompt.includes('They went up'))).toBe(true);
  });
});
