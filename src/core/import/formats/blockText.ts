import type { InlineMark } from '../../../shared/text/blocks';

/** A block's words and the marks over them, offsets into the words. */
export interface MarkedText {
  text: string;
  marks: InlineMark[];
}

/** One replacement made while cleaning: [start, end) of the old text became [newStart, newStart + length). */
interface Edit {
  start: number;
  end: number;
  newStart: number;
  length: number;
}

/**
 * Makes text fit to be one paragraph of a document: no control characters
 * but "\n" and "\t", no lone surrogates, no whitespace at the ends of lines, no blank lines (they
 * would split the paragraph), nothing around the words. Marks move with the
 * words; a mark left covering nothing is dropped.
 */
export function cleanBlockText(text: string, marks: readonly InlineMark[] = []): MarkedText {
  let current: MarkedText = { text, marks: [...marks] };
  current = replaceMapped(current, /\r\n?|[\v\f\u2028\u2029]/g, '\n');
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  current = replaceMapped(current, /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  // Trailing spaces, the line break, and any lines of only whitespace after it: one "\n".
  current = replaceMapped(current, /[^\S\n]*\n(?:[^\S\n]*\n)*/g, '\n');
  current = replaceMapped(current, /^\s+|\s+$/g, '');
  return { text: current.text, marks: current.marks.filter((mark) => mark.from < mark.to) };
}

/** Runs of spaces and tabs as one space, as a rendered page shows them (for flowing text from markup, never for plain text). */
export function collapseSpaces(marked: MarkedText): MarkedText {
  const collapsed = replaceMapped(marked, /[ \t]{2,}|\t/g, ' ');
  return { text: collapsed.text, marks: collapsed.marks.filter((mark) => mark.from < mark.to) };
}

function replaceMapped(input: MarkedText, pattern: RegExp, replacement: string): MarkedText {
  const edits: Edit[] = [];
  const text = input.text.replace(pattern, (match: string, offset: number) => {
    const shift = lastShift(edits);
    edits.push({ start: offset, end: offset + match.length, newStart: offset + shift, length: replacement.length });
    return replacement;
  });
  if (edits.length === 0) return input;
  const map = (position: number): number => mapPosition(edits, position);
  return { text, marks: input.marks.map((mark) => ({ ...mark, from: map(mark.from), to: map(mark.to) })) };
}

/** How far text after the last edit has moved. */
function lastShift(edits: Edit[]): number {
  const last = edits[edits.length - 1];
  if (last === undefined) return 0;
  return last.newStart + last.length - last.end;
}

/** Where an old offset lands: inside a replaced stretch it is clamped to the replacement. */
function mapPosition(edits: Edit[], position: number): number {
  let low = 0;
  let high = edits.length - 1;
  let before = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((edits[middle]?.start ?? Infinity) <= position) {
      before = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  const edit = edits[before];
  if (edit === undefined) return position;
  if (position < edit.end) return edit.newStart + Math.min(position - edit.start, edit.length);
  return position + edit.newStart + edit.length - edit.end;
}
