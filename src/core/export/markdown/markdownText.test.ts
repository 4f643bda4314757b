import { describe, expect, it } from 'vitest';
import { escapedParagraph, escapeLine } from './markdownText';

describe('escapeLine', () => {
  it('leaves a line with nothing Markdown could read as syntax exactly as it is', () => {
    for (const line of ['', 'Prince Andrew looked at Pierre.', '“Well, Prince, so Genoa and Lucca…”', 'Пьер, 東京, שלום 😀', 'a # mid-line', 'x = y + z - 1.5', '100%', 'a\u00a0b']) {
      expect(escapeLine(line)).toBe(line);
    }
  });

  it('escapes each thing that would be syntax, even when it is the only one in the line', () => {
    const cases: [string, string][] = [
      ['a *b*', 'a \\*b\\*'],
      ['snake_case', 'snake\\_case'],
      ['`code`', '\\`code\\`'],
      ['[link]', '\\[link\\]'],
      ['<b>', '\\<b\\>'],
      ['&amp;', '\\&amp;'],
      ['a | b', 'a \\| b'],
      ['~~gone~~', '\\~\\~gone\\~\\~'],
      ['$x$', '\\$x\\$'],
      ['back\\slash', 'back\\\\slash'],
      ['%%comment%%', '\\%\\%comment\\%\\%'],
      ['50% off', '50% off'],
      ['nul\u0000byte', 'nul\uFFFDbyte'],
      ['# heading', '\\# heading'],
      ['  - item', '&#x20; \\- item'],
      ['+ item', '\\+ item'],
      ['===', '\\==='],
      ['12. numbered', '12\\. numbered'],
      ['3) numbered', '3\\) numbered'],
      ['1234567890. not a list number', '1234567890. not a list number'],
      ['\u00a0# after a no-break space', '\u00a0\\# after a no-break space'],
      [' leading space', '&#x20;leading space'],
      ['\tleading tab', '&#x9;leading tab'],
      ['trailing space ', 'trailing space&#x20;'],
      ['trailing tab\t', 'trailing tab&#x9;'],
    ];
    for (const [line, escaped] of cases) expect([line, escapeLine(line)]).toEqual([line, escaped]);
  });
});

describe('escapedParagraph', () => {
  it('escapes each line and keeps line breaks as hard breaks, whatever the line endings', () => {
    expect(escapedParagraph('one *a*\r\ntwo\rthree\n# four', '> ')).toBe('> one \\*a\\*\\\n> two\\\n> three\\\n> \\# four');
  });
});
