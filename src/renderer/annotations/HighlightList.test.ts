import { describe, expect, it } from 'vitest';
import { shorten } from './HighlightList';

describe('list previews', () => {
  it('shortens long quotes on a word boundary', () => {
    expect(shorten('one two three four', 9)).toBe('one two…');
    expect(shorten('  short\n quote ')).toBe('short quote');
  });
});
