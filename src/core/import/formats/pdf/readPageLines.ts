import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { groupLines } from './groupLines';
import type { PageLines } from './layoutTypes';
import { orderColumns } from './orderColumns';
import { toUprightRuns } from './textRuns';

/** A page's lines in reading order, and how many visible characters it has. */
export interface ReadPage extends PageLines {
  chars: number;
}

/**
 * Reads one page's text into lines in reading order. The page's parsed
 * resources are released at once, so a long book's memory stays that of its
 * lines, not of its pages.
 */
export async function readPageLines(pdf: PDFDocumentProxy, pageNumber: number): Promise<ReadPage> {
  const page = await pdf.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) => ('str' in item ? [item] : []));
    const { runs, top, bottom } = toUprightRuns(items, page.view);
    const chars = runs.reduce((sum, run) => sum + run.text.replace(/\s/g, '').length, 0);
    return { top, bottom, flows: orderColumns(groupLines(runs)), chars };
  } finally {
    page.cleanup();
  }
}
