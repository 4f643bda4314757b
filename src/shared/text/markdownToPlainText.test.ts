import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from './markdownToPlainText';

describe('markdownToPlainText', () => {
  it('drops emphasis, heading, list and quote markers, keeping the words', () => {
    expect(markdownToPlainText('# **Who** leads the _CSTO_?\n\n- *Imangali* `Tasmagambetov`')).toBe('Who leads the CSTO?\nImangali Tasmagambetov');
    expect(markdownToPlainText('> quoted\n> line')).toBe('quoted\nline');
  });

  it('keeps a link’s text and an image’s description, never the address or raw HTML', () => {
    expect(markdownToPlainText('See [the summit](https://example.org) ![map of Minsk](m.png) <b>now</b>')).toBe('See the summit [image: map of Minsk] now');
  });

  it('leaves characters that are not markers alone', () => {
    expect(markdownToPlainText('snake_case_name and 2 * 3 = 6')).toBe('snake_case_name and 2 * 3 = 6');
  });
});
