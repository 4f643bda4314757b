import { describe, expect, it } from 'vitest';
import { PASTED_TITLE_LIMIT, titleFromText } from './pastedText';

describe('the title of pasted text', () => {
  it('is its first line with words, its spaces and heading marks tidied', () => {
    expect(titleFromText('\n\n   \n# Minutes of the  meeting\nSecond line')).toBe('Minutes of the meeting');
    expect(titleFromText('---\n- first point\n')).toBe('first point');
    expect(titleFromText('Zoë’s notes\r\nmore')).toBe('Zoë’s notes');
  });

  it('is cut on a word boundary to at most 80 characters, the ellipsis included', () => {
    const long = 'word '.repeat(40);
    const title = titleFromText(long)!;
    expect(title.length).toBeLessThanOrEqual(PASTED_TITLE_LIMIT);
    expect(title.endsWith('word…')).toBe(true);
    const unbroken = 'x'.repeat(200);
    expect(titleFromText(unbroken)).toHaveLength(PASTED_TITLE_LIMIT);
  });

  it('is null for text without words', () => {
    expect(titleFromText('  \n --- \n')).toBeNull();
    expect(titleFromText('')).toBeNull();
  });
});
