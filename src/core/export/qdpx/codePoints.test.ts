import { describe, expect, it } from 'vitest';
import { codePointIndex } from './codePoints';

describe('codePointIndex', () => {
  const text = 'a😀b 我们 𠀀c 👨‍👩‍👧!';

  it('counts a character outside the BMP (emoji, rare CJK) as one code point and a BMP ideograph as one', () => {
    const index = codePointIndex(text);
    expect(index.length).toBe(Array.from(text).length);
    for (const quote of ['b', '我们', 'c', '👨‍👩‍👧', '!']) {
      const start = text.indexOf(quote);
      const end = start + quote.length;
      const [from, to] = [index.toCodePoint(start), index.toCodePoint(end)];
      expect(Array.from(text).slice(from, to).join('')).toBe(quote);
      expect([index.toUnit(from), index.toUnit(to)]).toEqual([start, end]);
    }
  });

  it('maps an offset inside a surrogate pair to the pair’s start, and refuses positions past the end', () => {
    const index = codePointIndex('x😀y');
    expect(index.toCodePoint(2)).toBe(1);
    expect(index.toUnit(3)).toBe(4);
    expect(index.toUnit(4)).toBeNull();
    expect(index.toUnit(-1)).toBeNull();
  });

  it('counts a lone surrogate as one character, as its UTF-8 form (U+FFFD) is', () => {
    const index = codePointIndex('a\ud800b');
    expect(index.length).toBe(3);
    expect(index.toUnit(2)).toBe(2);
  });
});
