import { describe, expect, it } from 'vitest';
import { analyseChunk } from './winkPipeline';

describe('wink pipeline', () => {
  it('rebuilds UTF-16 offsets into the original text, past emoji and odd spacing', () => {
    const text = '  Emoji 😀 first.\tThen   “Minsk” — the city of 2 million; café!';
    for (const sentence of analyseChunk(text, 100)) {
      for (const token of sentence.tokens) expect(text.slice(token.start - 100, token.end - 100)).toBe(token.text);
    }
  });

  it('joins hyphenated words back into one token', () => {
    const [sentence] = analyseChunk('The CSTO Secretary-General met the military-technical staff.', 0);
    const words = sentence!.tokens.map((token) => token.text);
    expect(words).toContain('Secretary-General');
    expect(words).toContain('military-technical');
    expect(sentence!.tokens.find((token) => token.text === 'Secretary-General')!.pos).toBe('PROPN');
  });

  it('ends no sentence inside a dotted name or degree ("Ph.D.") or after a reference\'s abbreviation before its number', () => {
    const sentences = (text: string) => analyseChunk(text, 0).map((sentence) => sentence.text);
    expect(sentences('Node.js started with my code. Changelog.com is open source.')).toEqual(['Node.js started with my code.', 'Changelog.com is open source.']);
    expect(sentences('The celt in Fig. 14 is long. See Native Races, Vol. 2, for more.')).toEqual(['The celt in Fig. 14 is long.', 'See Native Races, Vol. 2, for more.']);
    expect(sentences('I have a Ph.D. in polymer physics. It took me six years.')).toEqual(['I have a Ph.D. in polymer physics.', 'It took me six years.']);
    // wink reads "Sun." as Sunday's abbreviation; after "the" it is the star and ends the sentence.
    expect(sentences('They increase our knowledge of the Sun. CREPES will fly in 2025.')).toEqual(['They increase our knowledge of the Sun.', 'CREPES will fly in 2025.']);
    // A capital after the stop still starts a sentence; so does a number after an ordinary word.
    expect(sentences('It ended.Then it began. He came in the fall. 20 men left.')).toEqual(['It ended.', 'Then it began.', 'He came in the fall.', '20 men left.']);
  });

  it('ends no sentence after a title wink does not know, at a mark inside a name, or in a quotation a sentence goes on after', () => {
    const sentences = (text: string) => analyseChunk(text, 0).map((sentence) => sentence.text);
    expect(sentences('She met Mme. Curie in Paris. Col. Smith came.')).toEqual(['She met Mme. Curie in Paris.', 'Col. Smith came.']);
    expect(sentences('When YSlow was first rated by Yahoo!, so many things changed. He visited the Spark!Lab at the museum.')).toEqual([
      'When YSlow was first rated by Yahoo!, so many things changed.',
      'He visited the Spark!Lab at the museum.',
    ]);
    expect(sentences('"Really?" she asked him. What a day! Then we left.')).toEqual(['"Really?" she asked him.', 'What a day!', 'Then we left.']);
    expect(sentences('It is in vol. ii. of the work. See Ops. 2 and 3 of the set.')).toEqual(['It is in vol. ii. of the work.', 'See Ops. 2 and 3 of the set.']);
  });

  it('ends no sentence inside an open quotation, a designation\'s decimal, ".NET", or an ellipsis the sentence goes on after', () => {
    const sentences = (text: string) => analyseChunk(text, 0).map((sentence) => sentence.text);
    expect(sentences('He said "Here is a text editor. Use it well" and left. Then "A. B." came.')).toEqual(['He said "Here is a text editor. Use it well" and left.', 'Then "A. B." came.']);
    expect(sentences('It was great..." she said. It ended.')).toEqual(['It was great..." she said.', 'It ended.']);
    expect(sentences('We run CI/CD... and it works. The galaxy cluster MACS J1149.6+2223 lies far away.')).toEqual(['We run CI/CD... and it works.', 'The galaxy cluster MACS J1149.6+2223 lies far away.']);
    // An ellipsis before a capital ends the sentence, and leaves no dots at the next one's start.
    expect(sentences("It builds on infrastructure as code, CI/CD... Even going back to the early '90s.")).toEqual(['It builds on infrastructure as code, CI/CD.', "Even going back to the early '90s."]);
    const [net] = analyseChunk('We moved from .NET and Java to Go in 2019.', 0);
    expect(net!.tokens.map((token) => token.text)).toContain('.NET');
  });

  it('splits sentences at paragraph breaks even without a full stop', () => {
    const sentences = analyseChunk('Russia will host the training,\n\nAsked about his opinion, he spoke.', 0);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Russia will host the training,', 'Asked about his opinion, he spoke.']);
  });

  it('keeps words with letters beyond Latin-1 whole, in the original spelling, at their offsets', () => {
    const text = 'He met Łukasz in Gdańsk and Dvořák in Nguyễn Văn Street, then read the Kitāb al-Manāẓir.';
    const tokens = analyseChunk(text, 7).flatMap((sentence) => sentence.tokens);
    const words = tokens.map((token) => token.text);
    for (const word of ['Łukasz', 'Gdańsk', 'Dvořák', 'Nguyễn', 'Văn', 'Kitāb', 'al-Manāẓir']) expect(words).toContain(word);
    for (const token of tokens) expect(text.slice(token.start - 7, token.end - 7)).toBe(token.text);
    expect(tokens.find((token) => token.text === 'Gdańsk')!.pos).toBe('PROPN');
  });
});
