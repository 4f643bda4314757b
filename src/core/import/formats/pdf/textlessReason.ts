import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** pdfjs's operator names for drawing an image, the mark of a scanned page. */
const IMAGE_OPERATORS = [
  'paintImageXObject',
  'paintInlineImageXObject',
  'paintImageMaskXObject',
  'paintImageXObjectRepeat',
  'paintInlineImageXObjectGroup',
  'paintImageMaskXObjectGroup',
] as const;
/** Pages looked at for images: a scan shows on its first pages. */
const PAGES_TO_CHECK = 3;

/**
 * Why a PDF without text cannot be imported: scanned pages (images) need OCR;
 * otherwise its pages are blank (pdfjs shows a PDF with no pages as one blank page).
 */
export async function textlessReason(pdf: PDFDocumentProxy, ops: Record<string, number>): Promise<string> {
  const imageOps = new Set(IMAGE_OPERATORS.map((name) => ops[name]));
  for (let pageNumber = 1; pageNumber <= Math.min(pdf.numPages, PAGES_TO_CHECK); pageNumber++) {
    const page = await pdf.getPage(pageNumber);
    try {
      const { fnArray } = await page.getOperatorList({ intent: 'display' });
      if (fnArray.some((op) => imageOps.has(op))) return 'has no text layer — it is scanned pages; OCR it first';
    } finally {
      page.cleanup();
    }
  }
  return 'has no text — its pages are blank';
}
