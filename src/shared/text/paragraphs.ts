/** A paragraph as a range of the document's plain text: [start, end). */
export interface ParagraphRange {
  start: number;
  end: number;
}

const BLANK_LINE = /\n[ \t\f\v\r\u00a0]*\n\s*/g;

/**
 * Splits plain text into paragraphs at blank lines, trimming the whitespace
 * around each one. Ranges index the original text, so offsets inside a
 * paragraph are offsets into the document (what anchoring relies on).
 */
export function splitParagraphs(text: string): ParagraphRange[] {
  const ranges: ParagraphRange[] = [];
  let blockStart = 0;
  const pushTrimmed = (from: number, to: number): void => {
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) ranges.push({ start, end });
  };
  for (const match of text.matchAll(BLANK_LINE)) {
    pushTrimmed(blockStart, match.index);
    blockStart = match.index + match[0].length;
  }
  pushTrimmed(blockStart, text.length);
  return ranges;
}

/**
 * The text a paragraph shows: line breaks inside it become spaces, one for
 * one, so hard-wrapped text flows while every offset stays the same.
 */
export function paragraphDisplayText(text: string, range: ParagraphRange): string {
  return text.slice(range.start, range.end).replace(/[\r\n]/g, ' ');
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff;
}

/**
 * The index of the first range that ends after `offset` (ranges sorted and
 * disjoint): the one holding the offset, or the next after the gap it is in;
 * `ranges.length` past the last. A binary search: a book has thousands of
 * paragraphs.
 */
export function rangeAtOrAfter(ranges: readonly ParagraphRange[], offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ranges[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
