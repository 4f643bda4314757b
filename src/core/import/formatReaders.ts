import type { FormatReader } from './importedDocument';

/** How to load a reader: on first use, so importing a .txt never loads pdfjs, mammoth or linkedom. */
type LoadReader = () => Promise<FormatReader>;

const plainText: LoadReader = async () => (await import('./formats/plainText')).readPlainText;
const markdown: LoadReader = async () => (await import('./formats/markdown')).readMarkdown;
const html: LoadReader = async () => (await import('./formats/html')).readHtml;
const subtitles: LoadReader = async () => (await import('./formats/subtitles')).readSubtitles;

/** The reader of each importable extension (IMPORT_EXTENSIONS in the contract). */
const READERS: Record<string, LoadReader> = {
  txt: plainText,
  text: plainText,
  md: markdown,
  markdown,
  html,
  htm: html,
  xhtml: html,
  docx: async () => (await import('./formats/docx')).readDocx,
  pdf: async () => (await import('./formats/pdf')).readPdf,
  epub: async () => (await import('./formats/epub')).readEpub,
  vtt: subtitles,
  srt: subtitles,
};

/** The reader for an extension; throws for one Gloss does not import (importFile checks first). */
export function readerFor(extension: string): Promise<FormatReader> {
  const load = Object.hasOwn(READERS, extension) ? READERS[extension] : undefined;
  if (!load) return Promise.reject(new Error(`No reader for .${extension} files.`));
  return load();
}
