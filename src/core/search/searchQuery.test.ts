import { describe, expect, it } from 'vitest';
import { matchableText, parseQuery } from './searchQuery';

describe('parseQuery', () => {
  it('collapses spaces, folds words and looks the last one up as a prefix only when the query ends inside it', () => {
    expect(parseQuery('  Prince \n  Andr ')).toMatchObject({ needle: 'Prince Andr', words: [{ word: 'prince', prefix: false }, { word: 'andr', prefix: true }], atWordStart: true, symbolsOnly: false });
    expect(parseQuery('Natásha.')!.words).toEqual([{ word: 'natasha', prefix: false }]);
  });

  it('leaves a one-letter last word to the literal scan, and reads each CJK character as a word', () => {
    expect(parseQuery('war a')!.words).toEqual([{ word: 'war', prefix: false }]);
    expect(parseQuery('t')!.words).toEqual([]);
    expect(parseQuery('東京')!.words).toEqual([{ word: '東', prefix: false }, { word: '京', prefix: false }]);
  });

  it('marks a query without letters or digits as symbols, and one starting with punctuation as free to start inside a word', () => {
    expect(parseQuery('.*')).toMatchObject({ words: [], symbolsOnly: true, atWordStart: false });
    expect(parseQuery('😀')).toMatchObject({ words: [], symbolsOnly: true });
    expect(parseQuery('-ish')).toMatchObject({ atWordStart: false, words: [{ word: 'ish', prefix: true }] });
    expect(parseQuery('')).toBeNull();
  });

  it('keeps the text one for one while making its quotes straight and its line breaks spaces', () => {
    const text = 'I don’t\nsee “it”.';
    expect(matchableText(text)).toBe('I don\'t see "it".');
    expect(matchableText(text)).toHaveLength(text.length);
  });
});
