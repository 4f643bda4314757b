import { describe, expect, it } from 'vitest';
import { notePlainText } from './notePlainText';

describe('notePlainText', () => {
  it('keeps plain words as they are, on one line', () => {
    expect(notePlainText('Member states\nof the CSTO  ')).toBe('Member states of the CSTO');
  });

  it('strips emphasis, code and heading markers, and keeps link labels', () => {
    expect(notePlainText('# Summit\n\nThe six **member states** — see [charter](https://x.org) and `code`, _em_')).toBe(
      'Summit The six member states — see charter and code, em',
    );
  });

  it('drops raw HTML, including hostile tags, as the rendered note does', () => {
    expect(notePlainText('See <img src=x onerror=alert(1)> this')).toBe('See this');
    expect(notePlainText('<script>alert(1)</script>\n\nAfter the script')).toBe('After the script');
    expect(notePlainText('<b>bold</b> and <iframe src="https://example.com"></iframe>')).toBe('bold and');
  });

  it('keeps the label of a link whose URL is unsafe, never the URL', () => {
    expect(notePlainText('[click](javascript:alert(3)) here')).toBe('click here');
  });

  it('shows lists, quotes and entities as their text', () => {
    expect(notePlainText('> quoted\n\n1. first\n2. second\n\n- a & b &amp; c')).toBe('quoted first second a & b & c');
  });

  it('describes an image instead of naming its address', () => {
    expect(notePlainText('![map of Minsk](https://x.org/m.png) and ![](x.png)')).toBe('[image: map of Minsk] and [image]');
  });

  it('keeps escaped markers as the literal characters a reader sees', () => {
    expect(notePlainText('2 \\* 3 \\<b\\>')).toBe('2 * 3 <b>');
  });

  it('reads only the start of a very long note', () => {
    const long = `**Start** ${'word '.repeat(2_000)}<b>`;
    const preview = notePlainText(long);
    expect(preview.startsWith('Start word word')).toBe(true);
    expect(preview.length).toBeLessThan(2_000);
  });
});
