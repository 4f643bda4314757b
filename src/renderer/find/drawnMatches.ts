import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { MatchRange } from './matchRanges';

/**
 * The most matches drawn at once: a stretch around where the reader looks.
 * Every drawn match redraws its paragraph, so drawing all 47,000 matches of
 * "the" in War and Peace would rebuild most of the book on each keystroke;
 * the stretch follows the current match and the scrolling (see findPlugin's markAround),
 * so the matches in view are always drawn.
 */
export const MAX_MARKED_MATCHES = 2_000;

// The spec names no index: after an edit, a search that finds the same matches makes equal decorations, and the view redraws nothing.
const MATCH_SPEC = { findMatch: true, inclusiveStart: false, inclusiveEnd: false };

/** A match drawn as a span of its own (highlights are marks, so the two never share a class); the current one is styled more strongly. */
export function decorateMatch(range: MatchRange, current: boolean): Decoration {
  return Decoration.inline(range.from, range.to, { class: current ? 'find-match find-match-current' : 'find-match' }, MATCH_SPEC);
}

/** The first drawn index for a current match: the stretch is centred on it, kept inside the list. */
export function stretchStart(current: number, count: number): number {
  if (count <= MAX_MARKED_MATCHES) return 0;
  return Math.min(Math.max(0, current - MAX_MARKED_MATCHES / 2), count - MAX_MARKED_MATCHES);
}

/** Draws the stretch of matches from `markedFrom`, and the current match wherever it is: one DecorationSet.create over decorations in order. */
export function drawStretch(doc: ProseMirrorNode, ranges: readonly MatchRange[], current: number, markedFrom: number): DecorationSet {
  const end = Math.min(ranges.length, markedFrom + MAX_MARKED_MATCHES);
  const indices = current >= 0 && current < markedFrom ? [current] : [];
  for (let i = markedFrom; i < end; i++) indices.push(i);
  if (current >= end) indices.push(current);
  const decorations: Decoration[] = [];
  for (const i of indices) {
    const range = ranges[i]!;
    if (range.to > range.from) decorations.push(decorateMatch(range, i === current));
  }
  return DecorationSet.create(doc, decorations);
}
