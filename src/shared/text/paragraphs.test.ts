import { describe, expect, it } from 'vitest';
import { paragraphDisplayText, splitParagraphs } from './paragraphs';

describe('splitParagraphs', () => {
  it('splits at blank lines and keeps offsets into the original text', () => {
    const text = '  First para.\nstill first.\n\n\nSecond.  \n \nThird';
    const ranges = splitParagraphs(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      'First para.\nstill first.',
      'Second.',
      'Third',
    ]);
  });

  it('treats CRLF blank lines as paragraph breaks', () => {
    const text = 'One\r\n\r\nTwo';
    expect(splitParagraphs(text).map((r) => text.slice(r.start, r.end))).toEqual(['One', 'Two']);
  });

  it('returns nothing for empty or whitespace-only text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n \t ')).toEqual([]);
  });

  it('keeps emoji and combining marks intact', () => {
    const text = 'Café 👩‍🔬 naïve\n\nשלום';
    const ranges = splitParagraphs(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Café 👩‍🔬 naïve', 'שלום']);
  });
});

describe('paragraphDisplayText', () => {
  it('turns line breaks into spaces without changing the length', () => {
    const text = 'a\nb\r\nc';
    const shown = paragraphDisplayText(text, { start: 0, end: text.length });
    expect(shown).toBe('a b  c');
    expect(shown.length).toBe(text.length);
  });
});
