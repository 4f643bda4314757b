import { describe, expect, it } from 'vitest';
import { buildReaderContent, MAX_SECTION_PARAGRAPHS } from './buildReaderContent';

describe('buildReaderContent', () => {
  it('groups a long text into sections of at most MAX_SECTION_PARAGRAPHS paragraphs', () => {
    const text = Array.from({ length: 120 }, (_, i) => `Paragraph ${i}.`).join('\n\n');
    const layout = buildReaderContent(text);
    expect(layout.paragraphs).toHaveLength(120);
    expect(layout.sectionStarts).toEqual([0, MAX_SECTION_PARAGRAPHS, 2 * MAX_SECTION_PARAGRAPHS]);
    expect(layout.content.content).toHaveLength(3);
  });

  it('starts a new section at each chapter heading', () => {
    const text = 'CHAPTER I\n\nOne.\n\nTwo.\n\nCHAPTER II\n\nThree.';
    expect(buildReaderContent(text).sectionStarts).toEqual([0, 3]);
  });

  it('shows hard-wrapped lines as one flowing paragraph of the same length', () => {
    const text = 'It was in July,\n1805, and the speaker';
    const paragraph = buildReaderContent(text).content.content?.[0]?.content?.[0];
    expect(paragraph?.content?.[0]?.text).toBe('It was in July, 1805, and the speaker');
  });

  it('gives an empty text one empty paragraph so the reader can still render', () => {
    const layout = buildReaderContent('');
    expect(layout.paragraphs).toEqual([]);
    expect(layout.content.content?.[0]?.content?.[0]).toEqual({ type: 'paragraph' });
  });
});
