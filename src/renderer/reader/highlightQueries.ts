import type { EditorState } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import { findHighlightDecorations, highlightKey } from './highlightPlugin';

// What the highlighting layer's state tells the rest of the reader: ranges, the highlights at a point, the selection.

/** Every highlight's current range (after any edits), by id. */
export function currentHighlightRanges(state: EditorState): Map<string, { from: number; to: number }> {
  const ranges = new Map<string, { from: number; to: number }>();
  for (const d of highlightKey.getState(state)?.decorations.find() ?? []) {
    const id = (d.spec as { id: string }).id;
    const known = ranges.get(id);
    ranges.set(id, known ? { from: Math.min(known.from, d.from), to: Math.max(known.to, d.to) } : { from: d.from, to: d.to });
  }
  return ranges;
}

/** Ids of the highlights covering a position, innermost (shortest) first. */
export function highlightsAt(state: EditorState, pos: number): string[] {
  const found = highlightKey.getState(state)?.decorations.find(pos, pos) ?? [];
  return found
    .filter((d) => d.from <= pos && d.to >= pos)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .map((d) => (d.spec as { id: string }).id);
}

/**
 * The selected highlight's id. The rule: this plugin state is the one source
 * of truth for which highlight is selected. It changes at once, in the
 * transaction that restyles the highlight, so keys and actions read it here;
 * React's copy (the panel's `selectedId`) follows after the next paint and
 * only decides what the panel shows.
 */
export function selectedHighlight(state: EditorState): string | null {
  return highlightKey.getState(state)?.selected ?? null;
}

/** Where a highlight is now (after any edits), or null when it is not drawn. */
export function highlightRange(state: EditorState, id: string): { from: number; to: number } | null {
  const found = findHighlightDecorations(highlightKey.getState(state)?.decorations ?? DecorationSet.empty, id);
  if (found.length === 0) return null;
  return { from: Math.min(...found.map((d) => d.from)), to: Math.max(...found.map((d) => d.to)) };
}
