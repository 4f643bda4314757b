import type { LayoutStats } from './layoutStats';
import type { TextLine } from './layoutTypes';

/** A baseline gap this many times the usual line spacing separates paragraphs. */
const PARAGRAPH_GAP = 1.3;
/** A line starting this many ems right of the line before is a paragraph's indented first line. */
const INDENT = 0.8;
/** A line ending this far before its column's right edge is short (in ems, or a share of the column's width). */
const SHORT_LINE_EMS = 3;
const SHORT_LINE_SHARE = 0.15;
/** A line this many times the body size or more is set as a heading. */
export const HEADING_RATIO = 1.15;

/** Whether text ends a sentence: a full stop, question or exclamation mark, maybe inside quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’»)\]]*$/u.test(text.trimEnd());
}

/** Whether a line is set noticeably larger than the body text. */
export function isHeadingSize(size: number, stats: LayoutStats): boolean {
  return size >= stats.bodySize * HEADING_RATIO;
}

/** Whether two lines stand further apart than lines of one paragraph (scaled for text smaller or larger than the body). */
export function isParagraphGap(above: TextLine, line: TextLine, stats: LayoutStats): boolean {
  const scale = Math.max(above.size, line.size) / stats.bodySize;
  return above.y - line.y > PARAGRAPH_GAP * stats.lineSpacing * scale;
}

/** Where a body line stands relative to the line read before it. */
export interface LinePair {
  above: TextLine;
  line: TextLine;
  /** A page or column break lies between them. */
  acrossFlows: boolean;
  /** Left and right edges of the column the line above sits in. */
  columnLeft: number;
  columnRight: number;
}

/**
 * Whether a body line starts a new paragraph. Across a page or column break
 * only the sentence decides: a paragraph goes on unless the line before ended
 * one. Within a column: a wider gap than the usual line spacing, an indented
 * first line, or a line after a short line that ends a sentence.
 */
export function startsParagraph({ above, line, acrossFlows, columnLeft, columnRight }: LinePair, stats: LayoutStats): boolean {
  if (acrossFlows) return endsSentence(above.text);
  if (isParagraphGap(above, line, stats)) return true;
  if (line.x - above.x >= INDENT * line.size) return true;
  const shortBy = Math.max(SHORT_LINE_EMS * above.size, SHORT_LINE_SHARE * (columnRight - columnLeft));
  return endsSentence(above.text) && above.right < columnRight - shortBy;
}
