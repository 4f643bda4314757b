import type { TextStructure } from '../../text/blocks';
import { splitParagraphs } from '../../text/paragraphs';

/*
 * Which sentences of a document are prose worth carding. A heading names a
 * part ("II ORIGIN OF SONG vs. ORIGIN OF INSTRUMENTAL MUSIC"), code is not
 * English, a table row is cells, not a sentence ("| The Music of the
 * Romans | [90]"), and a Project Gutenberg book opens and ends with the
 * project's licence, which no student of the book means to learn.
 */

/** A sentence as the filter sees it: where it starts, and its words. */
interface SentenceSpan {
  start: number;
  text: string;
}

/** Project Gutenberg's markers around a book's own text. */
const BOOK_START = /\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK[^*\n]*\*{3}/iu;
const BOOK_END = /\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK/iu;
/** Two cell separators, as tables are imported ("a | b | c"). */
const TABLE_ROW = /\s\|\s.*\s\|(?:\s|$)|^\|\s.*\s\|\s/u;

/** A test for whether a sentence of `text` is prose to make cards of. */
export function proseFilter(text: string, structure: TextStructure | undefined): (sentence: SentenceSpan) => boolean {
  const startMarker = BOOK_START.exec(text);
  const bodyStart = startMarker ? startMarker.index + startMarker[0].length : 0;
  const endMarker = BOOK_END.exec(text.slice(bodyStart));
  const bodyEnd = endMarker ? bodyStart + endMarker.index : text.length;
  const notProse = nonProseParagraphs(text, structure);
  return (sentence) => sentence.start >= bodyStart && sentence.start < bodyEnd && !TABLE_ROW.test(sentence.text) && !within(notProse, sentence.start);
}

/** Whether an offset falls in one of the sorted, disjoint ranges (a binary search: a book has hundreds of headings). */
function within(ranges: readonly { start: number; end: number }[], offset: number): boolean {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ranges[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  const range = ranges[low];
  return range !== undefined && offset >= range.start;
}

/** The ranges of headings and code blocks, in order. */
function nonProseParagraphs(text: string, structure: TextStructure | undefined): { start: number; end: number }[] {
  const kinds = new Map((structure?.blocks ?? []).filter((block) => block.kind === 'heading' || block.kind === 'code').map((block) => [block.paragraph, block.kind]));
  if (kinds.size === 0) return [];
  return splitParagraphs(text).filter((_, index) => kinds.has(index));
}
