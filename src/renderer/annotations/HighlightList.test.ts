import { describe, expect, it } from 'vitest';
import { plainPreview, shorten } from './HighlightList';

describe('list previews', () => {
  it('shortens long quotes on a word boundary', () => {
    expect(shorten('one two three four', 9)).toBe('one two…');
    expect(shorten('  short\n quote ')).toBe('short quote');
  });
  it('shows a note without its Markdown markers', () => {
    expect(plainPreview('The six **member states** — see [charter](https://x.org) and `code`')).toBe('The six member states — see charter and code');
  });
});
