import { describe, expect, it } from 'vitest';
import { readPdf } from './pdf';
import { bookPdf } from './pdf/bookPdf';

describe('readPdf: a 300-page book', async () => {
  const book = await bookPdf(300);

  it('reads every page, reporting progress for each', async () => {
    const progress: number[] = [];
    const document = await readPdf(book, {
      fileName: 'book.pdf',
      signal: new AbortController().signal,
      onProgress: (done, total) => {
        expect(total).toBe(300);
        progress.push(done);
      },
    });
    expect(progress).toEqual(Array.from({ length: 301 }, (_, i) => i));
    // 300 pages of 45 lines, eight lines to a paragraph: 13,500 lines make 1,688 paragraphs.
    expect(document.blocks).toHaveLength(1688);
    expect(document.blocks.every((b) => b.kind === 'paragraph' && !b.text.includes('A Long Book'))).toBe(true);
  }, 60_000);

  it('stops when cancelled after page 5: rejects with the abort, and reports nothing more', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const reading = readPdf(book, {
      fileName: 'book.pdf',
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        if (done === 5) controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(progress).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('rejects at once when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readPdf(book, { fileName: 'book.pdf', signal: controller.signal, onProgress: () => {} })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
