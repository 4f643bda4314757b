import { PDFDocument, StandardFonts } from 'pdf-lib';
import { randomInt, seededRandom } from './seededRandom';

const WORDS = 'the report finds that regional trade grew while costs of transport fell across most member states and the committee recommends further study of rail links water supply and training programmes for staff'.split(' ');

/**
 * A long report as a PDF, built the same on every run: a running header and
 * a page number on every page, a heading every ten pages, and paragraphs of
 * wrapped lines with an indented first line, as a word processor prints them.
 */
export async function buildLongPdf(pages: number, seed = 7): Promise<Uint8Array> {
  const random = seededRandom(seed);
  const pdf = await PDFDocument.create();
  pdf.setTitle('Long Report');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const line = (indent: boolean): string => {
    const words = Array.from({ length: randomInt(random, indent ? 9 : 11, indent ? 11 : 13) }, () => WORDS[randomInt(random, 0, WORDS.length - 1)]!);
    return words.join(' ');
  };
  for (let p = 1; p <= pages; p++) {
    const page = pdf.addPage([595, 842]);
    page.drawText('Long Report — Annual Review', { x: 72, y: 800, size: 9, font });
    page.drawText(String(p), { x: 290, y: 40, size: 9, font });
    let y = 760;
    if (p % 10 === 1) {
      page.drawText(`Section ${Math.ceil(p / 10)}: Findings`, { x: 72, y, size: 18, font: bold });
      y -= 36;
    }
    while (y > 90) {
      const lines = randomInt(random, 3, 7);
      for (let i = 0; i < lines && y > 90; i++) {
        const last = i === lines - 1;
        const text = line(i === 0);
        page.drawText(last ? `${text.split(' ').slice(0, 5).join(' ')}.` : text, { x: i === 0 ? 90 : 72, y, size: 11, font });
        y -= 14;
      }
      y -= 8;
    }
  }
  return pdf.save();
}
