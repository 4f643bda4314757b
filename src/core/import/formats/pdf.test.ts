import { describe, expect, it } from 'vitest';
import type { ReadContext } from '../importedDocument';
import { readPdf } from './pdf';
import { drawPdf, PAGE } from './pdf/testPdfs';
import { typeset, wrap } from './pdf/typesetPdf';

const context = (): ReadContext => ({ fileName: 'test.pdf', onProgress: () => {}, signal: new AbortController().signal });

const LOREM =
  'Gloss reads the words of a page in the order a person would read them, line after line and page after page, and keeps every sentence whole so that notes can be anchored to it';
/** Sentences that differ from one another (the words turned round), as a real text's lines do. */
const sentences = (n: number, seed: string) =>
  Array.from({ length: n }, (_, i) => {
    const words = LOREM.split(' ');
    const turn = (seed.length * 7 + i * 5) % words.length;
    return `${seed} ${i + 1}: ${[...words.slice(turn), ...words.slice(0, turn)].join(' ')}.`;
  }).join(' ');

describe('readPdf: a typeset report', async () => {
  const pieces = [
    { heading: 'Annual Review', size: 24 },
    { heading: 'Introduction', size: 16 },
    { paragraph: sentences(3, 'First') },
    { paragraph: sentences(2, 'Second') },
    { heading: 'Findings', size: 16 },
    ...Array.from({ length: 8 }, (_, i) => ({ paragraph: sentences(4, `Finding ${i + 1}`) })),
  ];
  const pages = await typeset(pieces, { header: 'My Report', pageNumbers: true });
  const document = await readPdf(await drawPdf(pages, { title: 'The Annual Review 2024' }), context());
  const paragraphs = document.blocks.filter((b) => b.kind === 'paragraph');

  it('spans several pages, for the page-level rules to be tested', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  it('takes the title from the metadata', () => {
    expect(document.title).toBe('The Annual Review 2024');
  });

  it('finds the headings, ranked by size', () => {
    expect(document.blocks.filter((b) => b.kind === 'heading').map((b) => [b.text, b.level])).toEqual([
      ['Annual Review', 1],
      ['Introduction', 2],
      ['Findings', 2],
    ]);
  });

  it('rebuilds each paragraph whole, across line and page breaks, with the exact words', () => {
    expect(paragraphs.map((b) => b.text)).toEqual(pieces.flatMap((p) => ('paragraph' in p ? [p.paragraph] : [])));
  });

  it('drops the running head and the page numbers', () => {
    const all = document.blocks.map((b) => b.text).join('\n');
    expect(all).not.toContain('My Report');
    expect(document.blocks.every((b) => !/^\d+$/.test(b.text))).toBe(true);
  });

  it('reports progress page by page', async () => {
    const progress: [number, number][] = [];
    await readPdf(await drawPdf(pages), { ...context(), onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual(Array.from({ length: pages.length + 1 }, (_, i) => [i, pages.length]));
  });
});

describe('readPdf: layouts', () => {
  it('reads two columns one after the other, below a full-width title', async () => {
    const leftText = sentences(3, 'Left');
    const rightText = sentences(3, 'Right');
    const width = (PAGE.width - 72 * 2 - 24) / 2;
    const setColumn = async (text: string, x: number) =>
      (await wrap(text, width, 10)).map((t, i) => ({ text: t, x, y: 680 - i * 13, size: 10 }));
    const page = [{ text: 'Two Columns', x: 72, y: 730, size: 20 }, ...(await setColumn(leftText, 72)), ...(await setColumn(rightText, 72 + width + 24))];
    const document = await readPdf(await drawPdf([page]), context());
    expect(document.blocks.map((b) => b.text)).toEqual(['Two Columns', leftText, rightText]);
    expect(document.title).toBe('Two Columns');
  });

  it('mends words hyphenated at line ends and keeps compounds', async () => {
    const lines = ['The report gives infor-', 'mation about the Anglo-', 'Saxon period and its long-', 'lasting effects.'];
    const document = await readPdf(await drawPdf([lines.map((text, i) => ({ text, x: 72, y: 700 - i * 14 }))]), context());
    expect(document.blocks.map((b) => b.text)).toEqual(['The report gives information about the Anglo-Saxon period and its longlasting effects.']);
  });

  it('ignores a metadata title that is only a word processor’s file name', async () => {
    const page = [{ text: 'Real Heading', x: 72, y: 700, size: 20 }, { text: 'Body text, a little longer than the heading.', x: 72, y: 670 }];
    const document = await readPdf(await drawPdf([page], { title: 'Microsoft Word - draft3.docx' }), context());
    expect(document.title).toBe('Real Heading');
  });

  it('leaves the title out when there is neither a meaningful one nor a heading', async () => {
    const document = await readPdf(await drawPdf([[{ text: 'Only body text.', x: 72, y: 700 }]]), context());
    expect(document).toEqual({ blocks: [{ kind: 'paragraph', text: 'Only body text.' }] });
  });
});
