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

  it('splits sentences at paragraph breaks even without a full stop', () => {
    const sentences = analyseChunk('Russia will host the training,\n\nAsked about his opinion, he spoke.', 0);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Russia will host the training,', 'Asked about his opinion, he spoke.']);
  });
});
