import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import { decorateMatch, drawStretch, MAX_MARKED_MATCHES, stretchStart } from './drawnMatches';
import type { MatchRange } from './matchRanges';

/**
 * What the find layer is told: new matches, another current match, the
 * stretch to draw moved around a match, or nothing to show.
 */
export type FindMarksAction =
  | { type: 'show'; ranges: readonly MatchRange[]; current: number }
  | { type: 'current'; index: number }
  | { type: 'markAround'; index: number }
  | { type: 'clear' };

/** The find layer's state: every match (positions, in order), the current one, and the drawn stretch. */
export interface FindMarksState {
  /** Every match of the last search, in order; after an edit, until the next search, only the current one. */
  ranges: readonly MatchRange[];
  /** Index of the current match in `ranges`, or -1. */
  current: number;
  /** Index of the first drawn match; at most MAX_MARKED_MATCHES are drawn from there. */
  markedFrom: number;
  decorations: DecorationSet;
}

export const findMarksKey = new PluginKey<FindMarksState>('findMarks');

const EMPTY: FindMarksState = { ranges: [], current: -1, markedFrom: 0, decorations: DecorationSet.empty };

/**
 * Whether a match lies well inside the drawn stretch: a screenful or more of
 * drawn matches around it either way (or the stretch cannot move further).
 */
function wellInside(state: FindMarksState, index: number): boolean {
  const margin = MAX_MARKED_MATCHES / 4;
  const inner = index >= state.markedFrom + margin && index < state.markedFrom + MAX_MARKED_MATCHES - margin;
  return inner || stretchStart(index, state.ranges.length) === state.markedFrom;
}

/** Moves the drawn stretch to centre on a match, unless the match is well inside it already. */
function markAround(state: FindMarksState, doc: ProseMirrorNode, index: number): FindMarksState {
  if (wellInside(state, index)) return state;
  const markedFrom = stretchStart(index, state.ranges.length);
  return { ...state, markedFrom, decorations: drawStretch(doc, state.ranges, state.current, markedFrom) };
}

/** Moves the current match: restyles the two matches in place, or draws the stretch around the new one when it nears the stretch's edge. */
function moveCurrent(state: FindMarksState, doc: ProseMirrorNode, index: number): FindMarksState {
  const { ranges, current, markedFrom } = state;
  if (index < 0 || index >= ranges.length || index === current) return state;
  if (!wellInside(state, index)) {
    const start = stretchStart(index, ranges.length);
    return { ranges, current: index, markedFrom: start, decorations: drawStretch(doc, ranges, index, start) };
  }
  let decorations = state.decorations;
  for (const i of current >= 0 ? [current, index] : [index]) {
    const range = ranges[i]!;
    const found = decorations.find(range.from, range.to, (spec: { findMatch?: boolean }) => spec.findMatch === true).filter((d) => d.from === range.from && d.to === range.to);
    // DecorationSet.remove nulls out the entries of the array it is given: pass a copy.
    decorations = decorations.remove([...found]);
    const restyled = found.length > 0 ? found.map((d) => decorateMatch(d, i === index)) : i === index && range.to > range.from ? [decorateMatch(range, true)] : [];
    decorations = decorations.add(doc, restyled);
  }
  return { ranges, current: index, markedFrom, decorations };
}

/**
 * Follows an edit: the drawn marks move with the text (DecorationSet.map is
 * incremental), and of the matches only the current one is kept, moved too:
 * mapping all 47,000 of a book on every keystroke would cost more than the
 * keystroke itself. The search that follows the edit brings the others back.
 */
function mapThrough(state: FindMarksState, tr: Transaction): FindMarksState {
  if (state.ranges.length === 0) return state;
  const decorations = state.decorations.map(tr.mapping, tr.doc);
  const range = state.ranges[state.current];
  if (!range) return { ranges: [], current: -1, markedFrom: 0, decorations };
  const from = tr.mapping.map(range.from, 1);
  return { ranges: [{ from, to: Math.max(from, tr.mapping.map(range.to, -1)) }], current: 0, markedFrom: 0, decorations };
}

function apply(tr: Transaction, value: FindMarksState): FindMarksState {
  const state = tr.docChanged ? mapThrough(value, tr) : value;
  const action = tr.getMeta(findMarksKey) as FindMarksAction | undefined;
  if (!action) return state;
  switch (action.type) {
    case 'clear':
      return EMPTY;
    case 'show': {
      const { ranges } = action;
      const current = action.current >= 0 && action.current < ranges.length ? action.current : -1;
      const markedFrom = stretchStart(Math.max(current, 0), ranges.length);
      return { ranges, current, markedFrom, decorations: drawStretch(tr.doc, ranges, current, markedFrom) };
    }
    case 'current':
      return moveCurrent(state, tr.doc, action.index);
    case 'markAround':
      return action.index >= 0 && action.index < state.ranges.length ? markAround(state, tr.doc, action.index) : state;
  }
}

/** The ProseMirror plugin of the find layer: it draws the matches it is given, and nothing until then. */
export function findMarksPlugin(): Plugin<FindMarksState> {
  return new Plugin<FindMarksState>({
    key: findMarksKey,
    state: {
      init: () => EMPTY,
      apply: (tr, value) => apply(tr, value),
    },
    props: {
      decorations: (state) => findMarksKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  });
}

/** The find layer as a TipTap extension: decorations of its own, never marks in the text. */
export const FindMarks = Extension.create({
  name: 'findMarks',
  addProseMirrorPlugins() {
    return [findMarksPlugin()];
  },
});

/** The find layer's state in an editor state (empty where the plugin is missing). */
export function findMarks(state: EditorState): FindMarksState {
  return findMarksKey.getState(state) ?? EMPTY;
}

/** A transaction that tells the find layer something; kept out of the undo history, as it changes no text. */
export function findMarksTransaction(state: EditorState, action: FindMarksAction): Transaction {
  return state.tr.setMeta(findMarksKey, action).setMeta('addToHistory', false);
}
