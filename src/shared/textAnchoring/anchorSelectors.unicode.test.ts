import { describe, expect, it } from 'vitest';
import { anchorSelectors } from './anchorSelectors';
import { splitsPair } from './selectors';
import { selectorsFor, textAt } from './testing';

describe('anchorSelectors with emoji', () => {
  const text = 'Launch day 🚀: the rocket 🚀 flew over the sea 🌊 at noon, and everyone cheered.';

  it('finds a quote containing emoji after text was inserted before it', () => {
    const selectors = selectorsFor(text, 'the rocket 🚀 flew over the sea 🌊');
    const edited = `Breaking: ${text}`;
    const anchor = anchorSelectors(edited, selectors);
    expect(anchor?.method).toBe('exact');
    expect(textAt(edited, anchor)).toBe('the rocket 🚀 flew over the sea 🌊');
  });

  it('never ends a fuzzy match between the halves of a changed emoji', () => {
    // 😀 and 😃 share their first UTF-16 unit, so a match could stop after half a character.
    const smile = 'She smiled 😀 and waved at the crowd below.';
    const edited = smile.replace('😀', '😃');
    const anchor = anchorSelectors(edited, selectorsFor(smile, 'She smiled 😀'));
    expect(anchor?.method).toBe('fuzzy');
    expect(textAt(edited, anchor)).toBe('She smiled 😃');
    expect(splitsPair(edited, anchor!.end)).toBe(false);
  });
});

describe('anchorSelectors with combining marks', () => {
  const text = 'The cafe\u0301 on the corner serves cre\u0300me bru\u0302le\u0301e every day.';

  it('finds a quote written with combining accents after an insertion', () => {
    const quote = 'cafe\u0301 on the corner serves cre\u0300me bru\u0302le\u0301e';
    const edited = `Guide: ${text}`;
    expect(textAt(edited, anchorSelectors(edited, selectorsFor(text, quote)))).toBe(quote);
  });

  it('widens a match that now ends between a letter and an added accent', () => {
    const plain = 'Every morning I drink coffee in this cafe. It is small.';
    const edited = 'Every morning I drink coffee in this cafe\u0301, then walk to work.';
    const anchor = anchorSelectors(edited, selectorsFor(plain, 'Every morning I drink coffee in this cafe'));
    expect(textAt(edited, anchor)).toBe('Every morning I drink coffee in this cafe\u0301');
  });
});

describe('anchorSelectors with right-to-left text', () => {
  it('finds a Hebrew quote after an insertion before it', () => {
    const text = 'בראשית ברא אלהים את השמים ואת הארץ. והארץ היתה תהו ובהו.';
    const quote = 'אלהים את השמים ואת הארץ';
    const edited = `פרק א. ${text}`;
    const anchor = anchorSelectors(edited, selectorsFor(text, quote));
    expect(anchor?.method).toBe('exact');
    expect(textAt(edited, anchor)).toBe(quote);
  });

  it('finds an Arabic quote fuzzily after a word was inserted inside it', () => {
    const text = 'اللغة العربية جميلة جدا وهي لغة القرآن الكريم والشعر القديم.';
    const edited = text.replace('جميلة جدا', 'جميلة حقا جدا');
    const anchor = anchorSelectors(edited, selectorsFor(text, 'جميلة جدا وهي لغة القرآن الكريم'));
    expect(anchor?.method).toBe('fuzzy');
    expect(textAt(edited, anchor)).toBe('جميلة حقا جدا وهي لغة القرآن الكريم');
  });
});

describe('anchorSelectors with line endings', () => {
  const lf = 'The first line ends here.\nThe second line follows it.\nAnd a third line closes the verse.\n';
  const crlf = lf.replace(/\n/g, '\r\n');

  it('finds a quote across a CRLF line break by position, and exactly after an insertion', () => {
    const quote = 'ends here.\r\nThe second line';
    const selectors = selectorsFor(crlf, quote);
    expect(anchorSelectors(crlf, selectors)?.method).toBe('position');
    const edited = `Title\r\n\r\n${crlf}`;
    const anchor = anchorSelectors(edited, selectors);
    expect(anchor?.method).toBe('exact');
    expect(textAt(edited, anchor)).toBe(quote);
  });

  it('finds a quote across LF line breaks by position in LF text', () => {
    expect(anchorSelectors(lf, selectorsFor(lf, 'here.\nThe second'))?.method).toBe('position');
  });

  it('finds a quote described on LF text in the CRLF version, fuzzily, with the CR included', () => {
    const anchor = anchorSelectors(crlf, selectorsFor(lf, 'The second line follows it.\nAnd a third line'));
    expect(anchor?.method).toBe('fuzzy');
    expect(textAt(crlf, anchor)).toBe('The second line follows it.\r\nAnd a third line');
  });
});
