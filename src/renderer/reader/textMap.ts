import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ParagraphRange } from '../../shared/text/paragraphs';

/**
 * Maps between offsets in a document's plain text and ProseMirror positions.
 * Paragraph i covers text [textStart[i], textStart[i] + length[i]) and its
 * content starts at ProseMirror position pmStart[i]; text between paragraphs
 * (blank lines) has no position of its own. Every kind of block (heading,
 * list item, turn…) is one text block straight in its section, and marks and
 * a turn's speaker label take no positions, so the arithmetic is the same.
 */
export interface TextMap {
  textStart: number[];
  pmStart: number[];
  length: number[];
}

/** Index of the last entry ≤ value in a sorted array (0 if none). */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid]! <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The map of the text as loaded: paragraph ranges from the text, positions from the section layout. */
export function textMapFromLayout(paragraphs: readonly ParagraphRange[], sectionStarts: readonly number[]): TextMap {
  const map: TextMap = { textStart: [], pmStart: [], length: [] };
  let pos = 0;
  sectionStarts.forEach((first, s) => {
    const last = sectionStarts[s + 1] ?? paragraphs.length;
    pos += 1; // into the section
    for (let i = first; i < last; i++) {
      const range = paragraphs[i]!;
      map.textStart.push(range.start);
      map.pmStart.push(pos + 1);
      map.length.push(range.end - range.start);
      pos += range.end - range.start + 2;
    }
    pos += 1; // out of the section
  });
  return map;
}

/** Separator between paragraphs when an edited document is saved as text. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * The map of an (edited) document, as its text will be saved: its text blocks
 * (paragraphs, headings, list items, turns…) joined by a blank line.
 */
export function textMapFromDoc(doc: ProseMirrorNode): { map: TextMap; text: string } {
  const map: TextMap = { textStart: [], pmStart: [], length: [] };
  const parts: string[] = [];
  let offset = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (parts.length > 0) offset += PARAGRAPH_SEPARATOR.length;
    map.textStart.push(offset);
    map.pmStart.push(pos + 1);
    map.length.push(node.content.size);
    parts.push(node.textContent);
    offset += node.content.size;
    return false;
  });
  return { map, text: parts.join(PARAGRAPH_SEPARATOR) };
}

/**
 * The ProseMirror position of a text offset. An offset in the blank lines
 * between paragraphs moves forward to the next paragraph for a range start
 * and back to the previous one for a range end.
 */
export function textToPos(map: TextMap, offset: number, side: 'start' | 'end'): number {
  if (map.textStart.length === 0) return 1;
  const i = lastAtOrBefore(map.textStart, offset);
  const start = map.textStart[i]!;
  const end = start + map.length[i]!;
  if (offset < start) return map.pmStart[i]!;
  if (offset <= end) return map.pmStart[i]! + (offset - start);
  if (side === 'end' || i + 1 >= map.textStart.length) return map.pmStart[i]! + map.length[i]!;
  return map.pmStart[i + 1]!;
}

/** The text offset of a ProseMirror position (positions between paragraphs snap to the nearest edge). */
export function posToText(map: TextMap, pos: number): number {
  if (map.pmStart.length === 0) return 0;
  const i = lastAtOrBefore(map.pmStart, pos);
  const within = Math.min(Math.max(pos - map.pmStart[i]!, 0), map.length[i]!);
  return map.textStart[i]! + within;
}
