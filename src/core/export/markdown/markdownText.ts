/**
 * Plain text made safe as Markdown: whatever it holds is read back as the
 * same words, never as syntax (CommonMark, plus what GitHub and Obsidian add:
 * tables, strikethrough, math). Proven by parsing the output in the tests.
 */

/** Characters escaped wherever they are: they open emphasis, code, links, HTML, entities, tables, strikethrough or math. */
const ALWAYS = /[\\`*_[\]<>&|~$]/gu;

/** What escapeLine changes anywhere in a line (besides a NUL): ALWAYS, and a % (of %%). */
const CHANGED_ANYWHERE = /[\\`*_[\]<>&|~$%]/;
/** What escapeLine changes at the start of a line: a block marker or an ordered list number. */
const CHANGED_AT_START = /^\s*(?:[#=+-]|\d{1,9}[.)])/;

/**
 * Whether escapeLine leaves `line` as it is, as most quoted lines are: two
 * quick tests instead of six replacements that find nothing (they were a
 * third of a 10,000-highlight Markdown export). Neither may a space or tab
 * stand at either end.
 */
function needsNoEscaping(line: string): boolean {
  if (CHANGED_ANYWHERE.test(line) || CHANGED_AT_START.test(line) || line.includes('\u0000')) return false;
  const first = line.charCodeAt(0);
  const last = line.charCodeAt(line.length - 1);
  return first !== 0x20 && first !== 0x09 && last !== 0x20 && last !== 0x09;
}

/** One line's text, escaped for use inside a paragraph, a heading, a quote or a list item. */
export function escapeLine(line: string): string {
  if (needsNoEscaping(line)) return line;
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
