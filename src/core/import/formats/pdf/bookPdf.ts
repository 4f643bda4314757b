import { type DrawnLine, drawPdf } from './testPdfs';

const WORDS = 'the quiet river carried every small boat past old towns where people read long letters aloud each evening'.split(' ');

/** A line of about ten varied words: no two lines of a book read alike. */
function bookLine(n: number): string {
  return Array.from({ length: 12 }, (_, i) => WORDS[(n * 7 + i * 3 + Math.floor(n / WORDS.length)) % WORDS.length]).join(' ');
}

/**
 * Test data: a book of `pageCount` pages of body text with a running head and
 * page numbers, paragraphs of eight lines with an indented first line.
 */
export function bookPdf(pageCount: number): Promise<Uint8Array> {
  const pages: DrawnLine[][] = [];
  let n = 0;
  for (let p = 1; p <= pageCount; p++) {
    const lines: DrawnLine[] = [{ text: 'A Long Book', x: 72, y: 770, size: 9 }];
    for (let i = 0; i < 45; i++, n++) {
      const last = n % 8 === 7;
      lines.push({ text: bookLine(n) + (last ? '.' : ''), x: n % 8 === 0 ? 90 : 72, y: 710 - i * 14 });
    }
    lines.push({ text: `${p}`, x: 300, y: 40, size: 9 });
    pages.push(lines);
  }
  return drawPdf(pages);
}
