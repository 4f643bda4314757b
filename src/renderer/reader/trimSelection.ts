import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** A range of editor positions. */
export interface PositionRange {
  from: number;
  to: number;
}

/** Whether the content between two adjacent positions shows as nothing but space (a paragraph break counts). */
function isBlankAt(doc: ProseMirrorNode, pos: number): boolean {
  return doc.textBetween(pos, pos + 1).trim() === '';
}

/**
 * A selection without the whitespace at its ends, or null if it holds
 * nothing else. Shift+arrows from a caret before a space, or a drag that
 * ends past a word, select a space the reader did not mean to highlight.
 */
export function trimWhitespace(doc: ProseMirrorNode, { from, to }: PositionRange): PositionRange | null {
  let start = from;
  let end = to;
  while (start < end && isBlankAt(doc, start)) start++;
  while (end > start && isBlankAt(doc, end - 1)) end--;
  return start < end ? { from: start, to: end } : null;
}
