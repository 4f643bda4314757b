import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import type { TextStructure } from '../../shared/text/blocks';
import { splitParagraphs } from '../../shared/text/paragraphs';
import { buildReaderContent } from '../reader/buildReaderContent';
import { SAMPLE_STRUCTURE, SAMPLE_TEXT } from '../reader/blocks/structuredSample';
import { readerExtensions } from '../reader/readerSchema';
import { textMapFromDoc, textMapFromLayout, textToPos } from '../reader/textMap';
import { structureFromDoc } from './structureFromDoc';

const schema = getSchema(readerExtensions);

/** The sample in an editor state, an edit made to it, and what saving it would store. */
function editSample(edit: (tr: Transaction, at: (quote: string) => number) => Transaction = (tr) => tr) {
  const layout = buildReaderContent(SAMPLE_TEXT, SAMPLE_STRUCTURE);
  const map = textMapFromLayout(layout.paragraphs, layout.sectionStarts);
  const state = EditorState.create({ doc: schema.nodeFromJSON(layout.content) });
  const at = (quote: string): number => textToPos(map, SAMPLE_TEXT.indexOf(quote), 'start');
  return saved(state.apply(edit(state.tr, at)).doc);
}

function saved(doc: ProseMirrorNode): { text: string; structure: TextStructure; paragraphs: string[] } {
  const { map, text } = textMapFromDoc(doc);
  const paragraphs = splitParagraphs(text).map((range) => text.slice(range.start, range.end));
  return { text, structure: structureFromDoc(doc, map, text), paragraphs };
}

const blockOf = (structure: TextStructure, paragraph: number) => structure.blocks.find((block) => block.paragraph === paragraph);

describe('structureFromDoc', () => {
  it('gives back the structure a document was loaded with when nothing was edited', () => {
    const { structure } = editSample();
    expect(structure).toEqual({
      blocks: SAMPLE_STRUCTURE.blocks.map((block) => (block.kind === 'quote' ? { depth: 0, ...block } : block)),
    });
  });

  it('keeps a turn’s speaker and a heading’s level when their words are edited', () => {
    const { structure, paragraphs } = editSample((tr, at) => tr.insertText('Warm ', at('Welcome')).insertText('My ', at('Agenda')));
    expect(paragraphs[6]).toBe('Warm Welcome to the programme.');
    expect(blockOf(structure, 6)).toEqual({ paragraph: 6, kind: 'turn', speaker: 'Sputnik', startMs: 723_000, endMs: 730_000 });
    expect(blockOf(structure, 2)).toEqual({ paragraph: 2, kind: 'heading', level: 3 });
  });

  it('moves marks with the words typed before them', () => {
    const { structure, paragraphs } = editSample((tr, at) => tr.insertText('Truly ', at('An opening')));
    const strong = blockOf(structure, 1)!.marks!.find((mark) => mark.kind === 'strong')!;
    expect(paragraphs[1]!.slice(strong.from, strong.to)).toBe('strong words');
  });

  it('counts paragraphs from the saved text: an emptied block makes none, and later blocks move up', () => {
    const { structure, paragraphs } = editSample((tr, at) => tr.delete(at('First item'), at('First item') + 'First item'.length));
    expect(paragraphs[3]).toBe('A nested bullet');
    expect(blockOf(structure, 3)).toEqual({ paragraph: 3, kind: 'listItem', ordered: false, depth: 1 });
    expect(blockOf(structure, 5)).toMatchObject({ kind: 'turn', speaker: 'Sputnik' });
  });

  it('makes two paragraphs of one block split by a blank line, both of its kind', () => {
    const { structure, paragraphs } = editSample((tr, at) => tr.insertText('\n\n', at('const b')));
    expect(paragraphs.slice(8, 10)).toEqual(['const a = 1;', 'const b = 2;']);
    expect([blockOf(structure, 8)?.kind, blockOf(structure, 9)?.kind]).toEqual(['code', 'code']);
  });

  it('gives a block split in two (Enter) its kind on both sides', () => {
    const { structure, paragraphs } = editSample((tr, at) => tr.split(at('for having')));
    expect(paragraphs.slice(7, 9)).toEqual(['Thank you', 'for having me.']);
    expect([blockOf(structure, 7)?.speaker, blockOf(structure, 8)?.speaker]).toEqual(['Imangali Tasmagambetov', 'Imangali Tasmagambetov']);
  });

  it('has no blocks for plain paragraphs', () => {
    const doc = schema.nodeFromJSON(buildReaderContent('One.\n\nTwo.').content);
    expect(saved(doc).structure).toEqual({ blocks: [] });
  });
});
