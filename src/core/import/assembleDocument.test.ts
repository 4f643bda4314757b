import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../shared/text/paragraphs';
import { assembleDocument } from './assembleDocument';

describe('assembleDocument', () => {
  it('joins blocks into paragraphs and keeps only the layout that is more than a plain paragraph', () => {
    const doc = assembleDocument({
      blocks: [
        { kind: 'heading', level: 1, text: 'Chapter One' },
        { kind: 'paragraph', text: 'It was a dark night.' },
        { kind: 'listItem', ordered: true, number: 3, depth: 0, text: 'Third point' },
        { kind: 'turn', speaker: '  Anna \n Smith ', startMs: 1000, endMs: 2500, text: 'Hello there.' },
      ],
    });
    expect(doc.text).toBe('Chapter One\n\nIt was a dark night.\n\nThird point\n\nHello there.');
    expect(doc.title).toBe('Chapter One');
    expect(doc.structure.blocks).toEqual([
      { paragraph: 0, kind: 'heading', level: 1 },
      { paragraph: 2, kind: 'listItem', ordered: true, number: 3, depth: 0 },
      { paragraph: 3, kind: 'turn', speaker: 'Anna Smith', startMs: 1000, endMs: 2500 },
    ]);
    // Paragraph indices are the reader's: splitParagraphs finds exactly one paragraph per block.
    expect(splitParagraphs(doc.text)).toHaveLength(4);
  });

  it('prefers the title the file declares and drops empty blocks without shifting indices', () => {
    const doc = assembleDocument({ title: '  The\nReport ', blocks: [{ kind: 'paragraph', text: ' \n ' }, { kind: 'heading', level: 2, text: 'Intro' }] });
    expect(doc.title).toBe('The Report');
    expect(doc.structure.blocks).toEqual([{ paragraph: 0, kind: 'heading', level: 2 }]);
  });

  it('cleans what a reader let through and moves marks with the text', () => {
    const doc = assembleDocument({
      blocks: [{ kind: 'paragraph', text: '  A\u0007 bold\n\n\nword ', marks: [{ kind: 'strong', from: 5, to: 9 }, { kind: 'emphasis', from: 12, to: 16 }] }],
    });
    expect(doc.text).toBe('A bold\nword');
    expect(doc.structure.blocks[0]!.marks).toEqual([
      { kind: 'strong', from: 2, to: 6 },
      { kind: 'emphasis', from: 7, to: 11 },
    ]);
    expect(doc.text.slice(2, 6)).toBe('bold');
  });

  it('drops marks that fall outside the text or cover only removed characters', () => {
    const doc = assembleDocument({ blocks: [{ kind: 'paragraph', text: 'Short\u0001\u0002', marks: [{ kind: 'link', from: 5, to: 7, href: 'https://x.org' }, { kind: 'code', from: 0, to: 99 }] }] });
    expect(doc.text).toBe('Short');
    expect(doc.structure.blocks).toEqual([]);
  });

  it('keeps emoji, CJK and combining marks whole, and removes lone surrogates', () => {
    const doc = assembleDocument({ blocks: [{ kind: 'paragraph', text: 'Cafe\u0301 👩‍🔬 東京 \ud800x' }] });
    expect(doc.text).toBe('Cafe\u0301 👩‍🔬 東京 x');
  });

  it('gives no title and no text for a file with nothing in it', () => {
    expect(assembleDocument({ blocks: [] })).toEqual({ text: '', structure: { blocks: [] } });
  });
});
