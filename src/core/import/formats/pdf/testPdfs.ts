import { PDFDocument, PDFHexString, StandardFonts, type PDFFont } from 'pdf-lib';

/**
 * Test PDFs, made with pdf-lib: text drawn where a test says, or set in
 * running paragraphs with a running head and page numbers like a report.
 */

/** One line of text to draw. */
export interface DrawnLine {
  text: string;
  x: number;
  y: number;
  size?: number;
}

export interface DrawOptions {
  title?: string;
  /** An image drawn on each page (PNG bytes), for scans. */
  png?: Uint8Array;
}

export const PAGE = { width: 600, height: 800 };
/** A 1×1 PNG. */
export const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

let helvetica: { doc: PDFDocument; font: PDFFont } | undefined;

/** Width of text set in Helvetica at a size, to break lines as the PDF will show them. */
export async function textWidth(text: string, size: number): Promise<number> {
  if (!helvetica) {
    const doc = await PDFDocument.create();
    helvetica = { doc, font: await doc.embedFont(StandardFonts.Helvetica) };
  }
  return helvetica.font.widthOfTextAtSize(text, size);
}

/** Makes a PDF with one page per entry, each line drawn in Helvetica where it says. */
export async function drawPdf(pages: DrawnLine[][], options: DrawOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const image = options.png && (await doc.embedPng(options.png));
  for (const lines of pages) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    if (image) page.drawImage(image, { x: 0, y: 0, width: PAGE.width, height: PAGE.height });
    for (const { text, x, y, size = 11 } of lines) page.drawText(text, { x, y, size, font });
  }
  if (options.title) doc.setTitle(options.title);
  return doc.save();
}

/** Makes a PDF that claims to be encrypted with a user password (pdf-lib cannot encrypt; pdfjs then asks for one). */
export async function passwordProtectedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await drawPdf([[{ text: 'Secret words.', x: 72, y: 700 }]]));
  const { context } = doc;
  context.trailerInfo.Encrypt = context.register(
    context.obj({ Filter: 'Standard', V: 1, R: 2, P: -44, O: PDFHexString.of('01'.repeat(32)), U: PDFHexString.of('02'.repeat(32)) }),
  );
  context.trailerInfo.ID = context.obj([PDFHexString.of('ab'.repeat(16)), PDFHexString.of('ab'.repeat(16))]);
  return doc.save({ useObjectStreams: false });
}
