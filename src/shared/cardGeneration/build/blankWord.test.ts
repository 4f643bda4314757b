import { describe, expect, it } from 'vitest';
import { blankWord } from './blankWord';

describe('blankWord', () => {
  it('blanks every whole-word occurrence, never one inside a longer word', () => {
    expect(blankWord('Minsk hosted the summit; Minsk again in May, not Minskaya.', 'Minsk')).toBe('[...] hosted the summit; [...] again in May, not Minskaya.');
    // Nor one hyphened to another word, nor one before a stress mark inside a word.
    expect(blankWord('It lasted one twenty-fourth of a day, or twenty minutes.', 'twenty')).toBe('It lasted one twenty-fourth of a day, or [...] minutes.');
    expect(blankWord('The Midē´wiwin met; the Midē priests came.', 'Midē')).toBe('The Midē´wiwin met; the [...] priests came.');
    expect(blankWord('A copy of the HTTP stack, another of the HTTP/2 stack.', 'HTTP')).toBe('A copy of the [...] stack, another of the HTTP/2 stack.');
  });

  it('never blanks a number inside a longer one: a digit group, a decimal or one end of a dashed range', () => {
    expect(blankWord('Marks grow fast (20,000 took ~20 s).', '20')).toBe('Marks grow fast (20,000 took ~[...] s).');
    expect(blankWord('It rose from 1.5 to 5 per cent, then 5.', '5')).toBe('It rose from 1.5 to [...] per cent, then [...].');
    expect(blankWord('Counted 3,200 and then 200 more.', '200')).toBe('Counted 3,200 and then [...] more.');
    expect(blankWord('Worth 600 billion dollars; really 500-600 billion dollars.', '600 billion')).toBe('Worth [...] dollars; really 500-600 billion dollars.');
    expect(blankWord('Between 30–40 and 40 more.', '40')).toBe('Between 30–40 and [...] more.');
  });
});
