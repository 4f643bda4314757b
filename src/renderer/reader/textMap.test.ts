import { Schema } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { buildReaderContent } from './buildReaderContent';
import { posToText, textMapFromDoc, textMapFromLayout, textToPos } from './textMap';

const schema = new Schema({
  nodes: {
    doc: { content: 'section+' },
    section: { content: 'paragraph+' },
    paragraph: { content: 'text*' },
    text: {},
  },
});

function docOf(text: string) {
  const layout = buildReaderContent(text);
  return { layout, doc: schema.nodeFromJSON(layout.content), map: textMapFromLayout(layout.paragraphs, layout.sectionStarts) };
}

describe('textMap', () => {
  const text = 'First line\nwraps.\n\n\nSecond 👩‍🔬 para.\n\nThird.';

  it('maps every offset inside a paragraph to the position showing the same character', () => {
    const { doc, map } = docOf(text);
    for (const [offset, char] of [[0, 'F'], [11, 'w'], [20, 'S'], [text.indexOf('para'), 'p'], [text.length - 1, '.']] as const) {
      const pos = textToPos(map, offset, 'start');
      expect(doc.textBetween(pos, pos + 1)).toBe(char);
      expect(posToText(map, pos)).toBe(offset);
    }
  });

  it('moves offsets in the blank lines between paragraphs to the nearest paragraph edge', () => {
    const { doc, map } = docOf(text);
    const gap = text.indexOf('\n\n\n') + 1;
    expect(doc.textBetween(textToPos(map, gap, 'start'), textToPos(map, gap, 'start') + 6)).toBe('Second');
    expect(doc.textBetween(textToPos(map, 0, 'start'), textToPos(map, gap, 'end'))).toBe('First line wraps.');
  });

  it('maps across sections, as in a long book', () => {
    const long = Array.from({ length: 130 }, (_, i) => `Paragraph ${i}.`).join('\n\n');
    const { doc, map } = docOf(long);
    const offset = long.indexOf('Paragraph 120.');
    const pos = textToPos(map, offset, 'start');
    expect(doc.textBetween(pos, pos + 14)).toBe('Paragraph 120.');
  });

  it('describes an edited document as the text it will be saved as', () => {
    const { doc } = docOf(text);
    const { text: saved, map } = textMapFromDoc(doc);
    expect(saved).toBe('First line wraps.\n\nSecond 👩‍🔬 para.\n\nThird.');
    const pos = textToPos(map, saved.indexOf('Third'), 'start');
    expect(doc.textBetween(pos, pos + 5)).toBe('Third');
  });
});
