import type { PositionSelector } from './selectors';
import { splitsPair } from './selectors';

const COMBINING_MARK = /^\p{M}$/u;

/** The code point that ends just before offset (a whole surrogate pair counts as one). */
function codePointBefore(text: string, offset: number): string {
  return splitsPair(text, offset - 1) ? text.slice(offset - 2, offset) : text.slice(offset - 1, offset);
}

/** The code point that starts at offset. */
function codePointAt(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function isMark(codePoint: string): boolean {
  return COMBINING_MARK.test(codePoint);
}

/**
 * Snaps a range so it neither starts nor ends inside a surrogate pair (or
 * between a base char and its following combining marks: extend the end over
 * combining marks \p{M}). The start moves back to the base character, so the
 * range only ever grows and never loses what the reader selected.
 */
export function snapRange(text: string, start: number, end: number): PositionSelector {
  let from = Math.max(0, Math.min(text.length, Math.trunc(start)));
  let to = Math.max(from, Math.min(text.length, Math.trunc(end)));
  if (splitsPair(text, from)) from--;
  // "é" written as e + U+0301 is one letter to the reader: keep the accent with its letter.
  while (from > 0 && isMark(codePointAt(text, from))) from -= codePointBefore(text, from).length;
  if (splitsPair(text, to)) to++;
  while (to < text.length && isMark(codePointAt(text, to))) to += codePointAt(text, to).length;
  return { start: from, end: Math.max(from, to) };
}
