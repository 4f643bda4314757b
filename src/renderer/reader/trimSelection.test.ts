import { Schema } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { trimWhitespace } from './trimSelection';

const schema = new Schema({
  nodes: {
    doc: { content: 'section+' },
    section: { content: 'paragraph+' },
    paragraph: { content: 'text*' },
    text: {},
  },
});

/** Two paragraphs, one ending in a space and one starting with a non-breaking space, as pasted transcripts do. */
const doc = schema.node('doc', null, [
  schema.node('section', null, [schema.node('paragraph', null, schema.text('In his exclusive interview ')), schema.node('paragraph', null, schema.text('\u00a0Next week, Minsk'))]),
]);
const textOf = (range: { from: number; to: number } | null): string | null => (range ? doc.textBetween(range.from, range.to, '|') : null);
const at = (word: string): number => {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text!.includes(word)) found = pos + node.text!.indexOf(word);
  });
  return found;
};

describe('trimWhitespace', () => {
  it('leaves a selection without spaces at its ends as it is', () => {
    const range = { from: at('his'), to: at('his') + 3 };
    expect(trimWhitespace(doc, range)).toEqual(range);
  });

  it('drops a leading space, as Shift+arrows from a caret before a space select it', () => {
    expect(textOf(trimWhitespace(doc, { from: at(' exclusive'), to: at('exclusive') + 9 }))).toBe('exclusive');
  });

  it('drops a trailing space, as a drag past a word selects it', () => {
    expect(textOf(trimWhitespace(doc, { from: at('In his'), to: at('exclusive') }))).toBe('In his');
  });

  it('drops spaces, a non-breaking space and the paragraph break at the ends of a selection across paragraphs', () => {
    expect(textOf(trimWhitespace(doc, { from: at('interview'), to: at('Next') + 4 }))).toBe('interview |\u00a0Next');
    expect(textOf(trimWhitespace(doc, { from: at('interview ') + 9, to: at('Next') + 4 }))).toBe('Next');
    expect(textOf(trimWhitespace(doc, { from: at('interview'), to: at('Next') }))).toBe('interview');
  });

  it('keeps the spaces inside a selection', () => {
    expect(textOf(trimWhitespace(doc, { from: at(' his'), to: at('interview') + 10 }))).toBe('his exclusive interview');
  });

  it('is null for a selection of only whitespace', () => {
    expect(trimWhitespace(doc, { from: at('interview ') + 9, to: at('Next') })).toBeNull();
    expect(trimWhitespace(doc, { from: at('his'), to: at('his') })).toBeNull();
  });
});
