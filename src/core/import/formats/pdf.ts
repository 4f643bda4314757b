import { ImportRefusal, type FormatReader, type ImportedDocument } from '../importedDocument';
import { buildBlocks } from './pdf/buildBlocks';
import { loadPdfjs } from './pdf/loadPdfjs';
import { meaningfulTitle } from './pdf/pdfTitle';
import { refusalFor, refuseNonPdf } from './pdf/pdfRefusals';
import { readPageLines, type ReadPage } from './pdf/readPageLines';
import { dropRunningLines } from './pdf/runningLines';
import { textlessReason } from './pdf/textlessReason';

/** Fewer visible characters per page than this, on average, is no text layer (a stamp or page number aside). */
const MIN_CHARS_PER_PAGE = 3;

/**
 * Reads a PDF's text layer into blocks: lines in reading order (columns read
 * one after the other), running headers, footers and page numbers dropped,
 * paragraphs rebuilt across lines and pages, larger short lines as headings.
 * Reports progress per page and stops between pages when cancelled.
 */
export const readPdf: FormatReader = async (bytes, { onProgress, signal }) => {
  signal.throwIfAborted();
  refuseNonPdf(bytes);
  const pdfjs = await loadPdfjs();
  signal.throwIfAborted();
  const task = pdfjs.getDocument({
    // pdfjs takes the buffer it is given over (and may detach it): it gets its own copy.
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
  });
  // Cancelling tears pdfjs down at once, so a page being parsed does not hold the cancel up.
  const stop = (): void => void task.destroy();
  signal.addEventListener('abort', stop, { once: true });
  try {
    const pdf = await task.promise;
    const total = pdf.numPages;
    if (total === 0) throw new ImportRefusal('has no pages');
    const pages: ReadPage[] = [];
    onProgress(0, total);
    for (let pageNumber = 1; pageNumber <= total; pageNumber++) {
      signal.throwIfAborted();
      pages.push(await readPageLines(pdf, pageNumber));
      onProgress(pageNumber, total);
    }
    signal.throwIfAborted();
    const chars = pages.reduce((sum, page) => sum + page.chars, 0);
    const blocks = chars < MIN_CHARS_PER_PAGE * total ? [] : buildBlocks(dropRunningLines(pages));
    if (blocks.length === 0) throw new ImportRefusal(await textlessReason(pdf, pdfjs.OPS));
    const metadata = await pdf.getMetadata().catch(() => undefined);
    const info = metadata?.info as { Title?: unknown } | undefined;
    const title = meaningfulTitle(info?.Title) ?? blocks.find((block) => block.kind === 'heading')?.text;
    const document: ImportedDocument = { blocks };
    if (title) document.title = title;
    return document;
  } catch (error) {
    throw refusalFor(error, signal);
  } finally {
    signal.removeEventListener('abort', stop);
    await task.destroy();
  }
};
