import { describe, expect, it } from 'vitest';
import { sectionOfParagraph } from './readingPosition';

describe('sectionOfParagraph', () => {
  const starts = [0, 50, 53, 103];
  it('finds the section holding a paragraph, including section boundaries', () => {
    expect(sectionOfParagraph(starts, 0)).toBe(0);
    expect(sectionOfParagraph(starts, 49)).toBe(0);
    expect(sectionOfParagraph(starts, 50)).toBe(1);
    expect(sectionOfParagraph(starts, 52)).toBe(1);
    expect(sectionOfParagraph(starts, 5000)).toBe(3);
  });
});
