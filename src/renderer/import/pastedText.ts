/** The longest title taken from pasted text. */
export const PASTED_TITLE_LIMIT = 80;

/** The file name pasted text is imported under (and shown as its source). */
export const PASTED_FILE_NAME = 'Pasted text.txt';

/**
 * A title for pasted text: its first line that has words, without Markdown's
 * heading or list marks, cut on a word boundary to at most 80 characters
 * (the ellipsis included); null for text with no words at all.
 */
export function titleFromText(text: string): string | null {
  const line = text
    .split(/\r\n|\r|\n/)
    .map((candidate) => candidate.replace(/^\s*(#{1,6}\s+|[-*+>]\s+)/, '').replace(/\s+/g, ' ').trim())
    .find((candidate) => /[\p{L}\p{N}]/u.test(candidate));
  if (!line) return null;
  if (line.length <= PASTED_TITLE_LIMIT) return line;
  const cut = line.slice(0, PASTED_TITLE_LIMIT - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > PASTED_TITLE_LIMIT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
