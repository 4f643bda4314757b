import { describe, expect, it } from 'vitest';
import { buildReaderContent, MAX_SECTION_PARAGRAPHS } from './buildReaderContent';
import { SAMPLE_STRUCTURE, SAMPLE_TEXT } from './blocks/structuredSample';

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

describe('buildReaderContent with a structure', () => {
  const layout = buildReaderContent(SAMPLE_TEXT, SAMPLE_STRUCTURE);
  const nodes = layout.content.content!.flatMap((section) => section.content!);

  it('draws each paragraph as the node its block names, one node per paragraph', () => {
    expect(nodes.map((node) => node.type)).toEqual(['heading', 'paragraph', 'heading', 'listItem', 'listItem', 'quote', 'turn', 'turn', 'codeBlock', 'paragraph', 'paragraph']);
    expect(nodes[0]!.attrs).toEqual({ level: 1 });
    expect(nodes[3]!.attrs).toEqual({ ordered: true, number: 1, depth: 0 });
    expect(nodes[4]!.attrs).toEqual({ ordered: false, number: null, depth: 1 });
    expect(nodes[6]!.attrs).toEqual({ speaker: 'Sputnik', startMs: 723_000, endMs: 730_000 });
  });

  it('keeps the speaker out of the text: a turn holds only its words', () => {
    expect(nodes[6]!.content).toEqual([{ type: 'text', text: 'Welcome to the programme.' }]);
  });

  it('opens a section at headings of level 1–2 and at chapter headings, not at lower headings', () => {
    // Paragraph 2 is a level-3 heading; paragraph 9 is "CHAPTER II" without a block.
    expect(layout.sectionStarts).toEqual([0, 9]);
  });

  it('splits a paragraph into text nodes at its marks, keeping every character once', () => {
    const marked = nodes[1]!.content!;
    expect(marked.map((node) => node.text).join('')).toBe('An opening paragraph with emphasis, strong words, some code and a link.');
    const wordsNode = marked.find((node) => node.text === 'words');
    expect(wordsNode?.marks).toEqual([{ type: 'strong' }, { type: 'emphasis' }]);
    expect(marked.find((node) => node.text === 'a link')?.marks).toEqual([{ type: 'link', attrs: { href: 'https://example.org/' } }]);
  });

  it('keeps the line breaks of code, and shows them as spaces elsewhere', () => {
    expect(nodes[8]!.content).toEqual([{ type: 'text', text: 'const a = 1;\nconst b = 2;' }]);
    expect(nodes[4]!.content).toEqual([{ type: 'text', text: 'A nested bullet' }]);
  });

  it('ignores blocks past the text’s end and marks past a paragraph’s end', () => {
    const odd = buildReaderContent('One.\n\nTwo.', { blocks: [{ paragraph: 1, kind: 'quote', marks: [{ kind: 'strong', from: 2, to: 40 }] }, { paragraph: 5, kind: 'heading', level: 1 }] });
    const second = odd.content.content![0]!.content![1]!;
    expect(second.type).toBe('quote');
    expect(second.content).toEqual([
      { type: 'text', text: 'Tw' },
      { type: 'text', text: 'o.', marks: [{ type: 'strong' }] },
    ]);
  });
});
