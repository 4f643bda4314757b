/** A list item's marker, found at the start of a line. */
export interface ListMarker {
  ordered: boolean;
  number?: number;
  /** Characters the marker and the space after it take at the start of the line. */
  length: number;
}

const BULLET = /^\s*[•◦▪▫●○‣⁃∙■□]\s*/u;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(?=\S)/u;

/**
 * The list marker a line starts with, if any. A bullet glyph always counts;
 * a number ("3." or "3)") only where a list may start, as "12. " can also be
 * a sentence's end wrapped onto a line.
 */
export function listMarker(text: string, listMayStart: boolean): ListMarker | undefined {
  const bullet = BULLET.exec(text);
  if (bullet) return { ordered: false, length: bullet[0].length };
  const numbered = listMayStart ? NUMBERED.exec(text) : null;
  if (numbered) return { ordered: true, number: Number(numbered[1]), length: numbered[0].length };
  return undefined;
}
