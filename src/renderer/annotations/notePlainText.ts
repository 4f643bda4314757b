import { markdownToPlainText } from '../../shared/text/markdownToPlainText';

/**
 * How much of a note is parsed for a preview: a list row shows about 90
 * characters, and a book may hold thousands of notes. (A reference-style link
 * whose definition lies beyond this shows as typed.)
 */
const PREVIEW_SOURCE_LIMIT = 2_000;

/** Characters that can start Markdown syntax; a note without any is already plain text. */
const MARKDOWN_SYNTAX = /[\\`*_[\]<>#!&~=+\-|]|\d[.)]/;

/**
 * The text a reader sees of a note's Markdown, on one line, for the list's
 * preview: raw HTML dropped (as NoteMarkdown drops it), link labels kept,
 * emphasis and other markers gone.
 */
export function notePlainText(markdown: string): string {
  const source = markdown.length > PREVIEW_SOURCE_LIMIT ? markdown.slice(0, PREVIEW_SOURCE_LIMIT) : markdown;
  const text = MARKDOWN_SYNTAX.test(source) ? markdownToPlainText(source) : source;
  return text.replace(/\s+/g, ' ').trim();
}
