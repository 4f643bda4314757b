/**
 * Plain text made safe as Markdown: whatever it holds is read back as the
 * same words, never as syntax (CommonMark, plus what GitHub and Obsidian add:
 * tables, strikethrough, math). Proven by parsing the output in the tests.
 */

/** Characters escaped wherever they are: they open emphasis, code, links, HTML, entities, tables, strikethrough or math. */
const ALWAYS = /[\\`*_[\]<>&|~$]/gu;

/** One line's text, escaped for use inside a paragraph, a heading, a quote or a list item. */
export function escapeLine(line: string): string {
  let escaped = line.replaceAll('\u0000', '\uFFFD').replace(ALWAYS, '\\$&').replace(/%%/gu, '\\%\\%');
  // At the start of a line: headings, list items, setext underlines, and ordered list numbers.
  escaped = escaped.replace(/^(\s*)([#=+-])/u, '$1\\$2').replace(/^(\s*\d{1,9})([.)])/u, '$1\\$2');
  // Leading whitespace would indent (a code block); trailing spaces would make a hard break.
  escaped = escaped.replace(/^[ \t]/u, (space) => (space === ' ' ? '&#x20;' : '&#x9;'));
  escaped = escaped.replace(/[ \t]$/u, (space) => (space === ' ' ? '&#x20;' : '&#x9;'));
  return escaped;
}

/** The lines of a text (any line endings). */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/u);
}

/** A block of text as one Markdown paragraph: each line escaped, line breaks kept as hard breaks. */
export function escapedParagraph(text: string, prefix = ''): string {
  return linesOf(text)
    .map((line) => prefix + escapeLine(line))
    .join('\\\n');
}
