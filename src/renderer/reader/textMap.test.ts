import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { TextStructure } from '../../shared/text/blocks';
import { buildReaderContent } from './buildReaderContent';
import { SAMPLE_STRUCTURE, SAMPLE_TEXT } from './blocks/structuredSample';
import { readerExtensions } from './readerSchema';
import { posToText, textMapFromDoc, textMapFromLayout, textToPos } from './textMap';

const schema = getSchema(readerExtensions);

function docOf(text: string, structure?: TextStructure) {
  const layout = buildReaderContent(text, structure);
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

  it('round-trips every character of a document with every kind of block and mark', () => {
    const { doc, map, layout } = docOf(SAMPLE_TEXT, SAMPLE_STRUCTURE);
    let checked = 0;
    for (const range of layout.paragraphs) {
      for (let offset = range.start; offset < range.end; offset++) {
        const pos = textToPos(map, offset, 'start');
        const shown = SAMPLE_TEXT[offset] === '\n' && !doc.resolve(pos).parent.type.spec.code ? ' ' : SAMPLE_TEXT[offset];
        expect(doc.textBetween(pos, pos + 1), `offset ${offset}`).toBe(shown);
        expect(posToText(map, pos)).toBe(offset);
        expect(textToPos(map, offset + 1, 'end')).toBe(pos + 1);
        checked++;
      }
    }
    expect(checked).toBe(layout.paragraphs.reduce((sum, r) => sum + r.end - r.start, 0));
  });

  it('reads the same map back from a structured document as it was laid out with', () => {
    const { doc, map } = docOf(SAMPLE_TEXT, SAMPLE_STRUCTURE);
    const fromDoc = textMapFromDoc(doc);
    expect(fromDoc.map.pmStart).toEqual(map.pmStart);
    expect(fromDoc.map.length).toEqual(map.length);
    // Saved as it was loaded, but for the hard-wrapped bullet, whose line break shows (and is saved) as a space.
    expect(fromDoc.text).toBe(SAMPLE_TEXT.replace('A nested\nbullet', 'A nested bullet'));
  });
});
