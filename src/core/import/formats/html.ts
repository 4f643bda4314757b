import { type FormatReader, ImportRefusal } from '../importedDocument';
import { decodeMarkup } from './html/decodeMarkup';
import { htmlToBlocks } from './html/htmlBlocks';
import { htmlDocumentTitle } from './html/htmlTitle';
import { parseHtml } from './html/parseMarkup';
import { tidyPrintApparatus } from './html/printApparatus';
import { readableRoot } from './html/readableContent';
import { sniffBinaryKind } from './sniffFormat';

/** How much of the file is checked for bytes no text file has. */
const BINARY_CHECK_BYTES = 8192;

/**
 * Reads a web page (.html, .htm): the article's text when Readability finds
 * one, else the whole page without its navigation. Title from <title>,
 * og:title or the first <h1>.
 */
export const readHtml: FormatReader = async (bytes) => {
  refuseBinary(bytes);
  const source = decodeMarkup(bytes);
  const page = parseHtml(source);
  tidyPrintApparatus(page);
  const title = htmlDocumentTitle(page);
  const blocks = htmlToBlocks(readableRoot(page, source));
  if (blocks.length === 0) throw new ImportRefusal('has no readable text');
  return title === undefined ? { blocks } : { title, blocks };
};

function refuseBinary(bytes: Uint8Array): void {
  const kind = sniffBinaryKind(bytes);
  if (kind) throw new ImportRefusal(`is ${kind}, not a web page`);
  const utf16 = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe);
  if (!utf16 && bytes.subarray(0, BINARY_CHECK_BYTES).includes(0)) {
    throw new ImportRefusal('is not a web page: it holds binary data, not text');
  }
}
