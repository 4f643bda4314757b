import { describe, expect, it } from 'vitest';
import { cleanBlockText, collapseSpaces } from './blockText';

describe('collapseSpaces', () => {
  it('makes runs of spaces and tabs one space and moves marks with the words', () => {
    const { text, marks } = collapseSpaces({ text: 'a  \t b\tc', marks: [{ kind: 'code', from: 5, to: 8 }] });
    expect(text).toBe('a b c');
    expect(marks).toEqual([{ kind: 'code', from: 2, to: 5 }]);
  });
});

describe('cleanBlockText', () => {
  it('trims the text and the ends of its lines', () => {
    expect(cleanBlockText('  one  \n two\t\n').text).toBe('one\n two');
  });

  it('keeps the indentation of lines after the first (verse, code)', () => {
    expect(cleanBlockText('first\n    indented\n\ttabbed').text).toBe('first\n    indented\n\ttabbed');
  });

  it('collapses blank lines, even ones holding spaces, into one line break', () => {
    expect(cleanBlockText('a\n\n\nb\n \t \nc\r\n\r\nd').text).toBe('a\nb\nc\nd');
  });

  it('drops control characters but keeps tabs', () => {
    expect(cleanBlockText('a\u0000b\u001bc\td\u0085e').text).toBe('abc\tde');
  });

  it('moves marks with the words when text before them goes', () => {
    const { text, marks } = cleanBlockText('  \n hello   \n\nworld', [{ kind: 'strong', from: 14, to: 19 }]);
    expect(text).toBe('hello\nworld');
    expect(text.slice(marks[0]?.from, marks[0]?.to)).toBe('world');
  });

  it('shrinks a mark whose ends fall in removed whitespace', () => {
    const { text, marks } = cleanBlockText('  bold  ', [{ kind: 'strong', from: 0, to: 8 }]);
    expect(text).toBe('bold');
    expect(marks).toEqual([{ kind: 'strong', from: 0, to: 4 }]);
  });

  it('drops a mark left covering nothing', () => {
    expect(cleanBlockText('word   ', [{ kind: 'emphasis', from: 5, to: 7 }]).marks).toEqual([]);
  });

  it('keeps a link mark’s address', () => {
    const marks = [{ kind: 'link' as const, from: 1, to: 5, href: 'https://example.org/' }];
    expect(cleanBlockText(' link', marks).marks).toEqual([{ kind: 'link', from: 0, to: 4, href: 'https://example.org/' }]);
  });

  it('keeps many marks in place through many edits', () => {
    const source = Array.from({ length: 500 }, (_, index) => `w${index}  \n\n`).join('');
    const marks = Array.from({ length: 500 }, (_, index) => {
      const from = source.indexOf(`w${index} `);
      return { kind: 'emphasis' as const, from, to: from + `w${index}`.length };
    });
    const cleaned = cleanBlockText(source, marks);
    cleaned.marks.forEach((mark, index) => expect(cleaned.text.slice(mark.from, mark.to)).toBe(`w${index}`));
  });
});
