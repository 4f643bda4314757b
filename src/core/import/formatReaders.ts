import { readDocx } from './formats/docx';
import { readEpub } from './formats/epub';
import { readHtml } from './formats/html';
import { readPdf } from './formats/pdf';
import type { FormatReader } from './importedDocument';

/** The reader of each importable extension (IMPORT_EXTENSIONS in the contract). */
const READERS: Record<string, FormatReader> = {
  html: readHtml,
  htm: readHtml,
  xhtml: readHtml,
  docx: readDocx,
  pdf: readPdf,
  epub: readEpub,
};

/** The reader for an extension; throws for one Gloss does not import (importFile checks first). */
export function readerFor(extension: string): FormatReader {
  const reader = Object.hasOwn(READERS, extension) ? READERS[extension] : undefined;
  if (!reader) throw new Error(`No reader for .${extension} files.`);
  return reader;
}
