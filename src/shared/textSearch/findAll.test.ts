import { describe, expect, it } from 'vitest';
import { findAll, MAX_QUERY_LENGTH, TextFinder } from './findAll';

const words = (text: string, query: string, options = {}) => findAll(text, query, options).map(({ start, end }) => text.slice(start, end));

describe('findAll', () => {
  it('ignores case and accents unless asked to match exactly', () => {
    const text = 'Élan and elan; ELAN, naïve Naive';
    expect(words(text, 'elan')).toEqual(['Élan', 'elan', 'ELAN']);
    expect(words(text, 'naive')).toEqual(['naïve', 'Naive']);
    expect(words(text, 'Élan', { caseSensitive: true })).toEqual(['Élan']);
    expect(words(text, 'elan', { caseSensitive: true })).toEqual(['elan']);
  });

  it('reports offsets in the original text when folding changes lengths', () => {
    const text = 'İstanbul and cafe\u0301 and café then x';
    const hits = findAll(text, 'x');
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe('x');
    expect(words(text, 'istanbul')).toEqual(['İstanbul']);
    expect(words(text, 'cafe')).toEqual(['cafe\u0301', 'café']);
  });

  it('finds CJK and emoji without splitting surrogate pairs', () => {
    const text = '東京で会議。😀 smile 😀東京';
    expect(words(text, '東京')).toEqual(['東京', '東京']);
    expect(words(text, '😀')).toEqual(['😀', '😀']);
    for (const hit of findAll(text, '😀')) expect(hit.end - hit.start).toBe(2);
  });

  it('keeps to whole words when asked', () => {
    const text = 'the theme, then the end. The';
    expect(words(text, 'the', { wholeWord: true })).toEqual(['the', 'the', 'The']);
    expect(words(text, 'the')).toHaveLength(5);
  });

  it('treats a query as literal text, never as a pattern', () => {
    const text = 'a.*b and ((((x)))) and a+b';
    expect(words(text, '.*')).toEqual(['.*']);
    expect(words(text, '((((')).toEqual(['((((']);
    expect(words(text, 'a+b')).toEqual(['a+b']);
    expect(words(text, '...')).toEqual([]);
  });

  it('finds nothing for an empty or blank query and survives a huge one', () => {
    expect(findAll('text', '')).toEqual([]);
    expect(findAll('text', '   ')).toEqual([]);
    const long = 'x'.repeat(10_000);
    expect(findAll(`${'x'.repeat(MAX_QUERY_LENGTH)}`, long)).toEqual([{ start: 0, end: MAX_QUERY_LENGTH }]);
  });

  it('does not report overlapping hits, and honours a limit', () => {
    expect(findAll('aaaa', 'aa')).toEqual([{ start: 0, end: 2 }, { start: 2, end: 4 }]);
    expect(findAll('a a a a', 'a', { limit: 2 })).toHaveLength(2);
  });

  it('answers many queries on one text from one folding', () => {
    const finder = new TextFinder('One two three two one');
    expect(finder.findAll('two')).toHaveLength(2);
    expect(finder.findAll('ONE')).toHaveLength(2);
  });
});
