import { readDocx } from './formats/docx';
import { readEpub } from './formats/epub';
import { readHtml } from './formats/html';
import { readMarkdown } from './formats/markdown';
import { readPdf } from './formats/pdf';
import { readPlainText } from './formats/plainText';
import { readSrt, readWebVtt } from './formats/subtitles';
import type { FormatReader } from './importedDocument';

/** The reader of each importable extension (IMPORT_EXTENSIONS in the contract). */
const READERS: Record<string, FormatReader> = {
  txt: readPlainText,
  text: readPlainText,
  md: readMarkdown,
  markdown: readMarkdown,
  html: readHtml,
  htm: readHtml,
  xhtml: readHtml,
  docx: readDocx,
  pdf: readPdf,
  epub: readEpub,
  vtt: readWebVtt,
  srt: readSrt,
};

/** The reader for an extension; throws for one Gloss does not import (importFile checks first). */
export function readerFor(extension: string): FormatReader {
  const reader = Object.hasOwn(READERS, extension) ? READERS[extension] : undefined;
  if (!reader) throw new Error(`No reader for .${extension} files.`);
  return reader;
}
