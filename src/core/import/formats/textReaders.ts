import type { FormatReader } from '../importedDocument';
import { readMarkdown } from './markdown';
import { readPlainText } from './plainText';
import { readSrt, readWebVtt } from './subtitles';

/** The text-based readers by file extension (lower case, no dot), for whoever builds the import registry. */
export const textReaders: Readonly<Record<string, FormatReader>> = {
  txt: readPlainText,
  md: readMarkdown,
  markdown: readMarkdown,
  vtt: readWebVtt,
  srt: readSrt,
};
