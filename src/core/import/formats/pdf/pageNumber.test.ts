import { describe, expect, it } from 'vitest';
import { isPageNumber } from './pageNumber';

describe('isPageNumber', () => {
  it.each(['12', '- 12 -', '— 7 —', '[3]', 'Page 12', 'page 12 of 300', 'Page 4 / 20', '12 / 300', 'p. 5', 'xii', '- iv -', 'XLII'])(
    'takes “%s” for a page number',
    (text) => expect(isPageNumber(text)).toBe(true),
  );

  it.each(['', 'Chapter 12', '12 Angry Men', 'In 1999 we', 'Page twelve', 'mix it', 'vivid', 'iiii'])('does not take “%s” for one', (text) =>
    expect(isPageNumber(text)).toBe(false),
  );
});
