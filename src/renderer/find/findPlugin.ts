import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { MatchRange } from './matchRanges';

/**
 * The most matches drawn at once, around the current one. Every drawn match
 * redraws its paragraph, so "the" in War and Peace (47,000 matches) would
 * rebuild most of the book; stepping past the edge of the drawn stretch
 * draws the stretch around the new current match.
 */
export const MAX_MARKED_MATCHES = 10_000;

/** What the find layer is told: new matches, another current match, or nothing to show. */
export type FindMarksAction = { type: 'show'; ranges: readonly MatchRange[]; current: number } | { type: 'current'; index: number } | { type: 'clear' };

/** The find layer's state: every match (positions, in order), the current one, and the drawn stretch. */
export interface FindMarksState {
  ranges: readonly MatchRange[];
  /** Index of the current match in `ranges`, or -1. */
  current: number;
  /** Index of the first drawn match; at most MAX_MARKED_MATCHES are drawn from there. */
  markedFrom: number;
  decorations: DecorationSet;
}

export const findMarksKey = new PluginKey<FindMarksState>('findMarks');

const EMPTY: FindMarksState = { ranges: [], current: -1, markedFrom: 0, decorations: DecorationSet.empty };

/** A match drawn as a span of its own (highlights are marks, so the two never share a class); the current one is styled more strongly. */
function decorate(range: MatchRange, index: number, current: boolean): Decoration {
  return Decoration.inline(range.from, range.to, { class: current ? 'find-match find-match-current' : 'find-match' }, { findIndex: index, inclusiveStart: false, inclusiveEnd: false });
}

/** The first drawn index for a current match: the stretch is centred on it, kept inside the list. */
function stretchStart(current: number, count: number): number {
  if (count <= MAX_MARKED_MATCHES) return 0;
  return Math.min(Math.max(0, current - MAX_MARKED_MATCHES / 2), count - MAX_MARKED_MATCHES);
}

/** Draws the stretch of matches from `markedFrom`: one DecorationSet.create over decorations already in order. */
function drawStretch(doc: ProseMirrorNode, ranges: readonly MatchRange[], current: number, markedFrom: number): DecorationSet {
  const end = Math.min(ranges.length, markedFrom + MAX_MARKED_MATCHES);
  const decorations: Decoration[] = [];
  for (let i = markedFrom; i < end; i++) {
    const range = ranges[i]!;
    if (range.to > range.from) decorations.push(decorate(range, i, i === current));
  }
  return DecorationSet.create(doc, decorations);
}

/** Moves the current match: restyles the two matches within the drawn stretch, or draws the stretch around the new one. */
function moveCurrent(state: FindMarksState, doc: ProseMirrorNode, index: number): FindMarksState {
  const { ranges, current, markedFrom } = state;
  if (index < 0 || index >= ranges.length || index === current) return state;
  const drawn = (i: number): boolean => i >= markedFrom && i < markedFrom + MAX_MARKED_MATCHES;
  if (!drawn(index)) {
    const start = stretchStart(index, ranges.length);
    return { ranges, current: index, markedFrom: start, decorations: drawStretch(doc, ranges, index, start) };
  }
  let decorations = state.decorations;
  for (const i of [current, index]) {
    if (!drawn(i)) continue;
    const range = ranges[i]!;
    const found = decorations.find(range.from, range.to, (spec: { findIndex?: number }) => spec.findIndex === i);
    // DecorationSet.remove nulls out the entries of the array it is given: pass a copy.
    decorations = decorations.remove([...found]);
    decorations = decorations.add(doc, found.map((d) => decorate({ from: d.from, to: d.to }, i, i === index)));
  }
  return { ranges, current: index, markedFrom, decorations };
}

/**
 * Follows an edit: the drawn marks and every match's range move with the text
 * (a match whose words were deleted collapses but keeps its index, so the
 * current one stays the same match). A new search follows shortly after.
 */
function mapThrough(state: FindMarksState, tr: Transaction): FindMarksState {
  if (state.ranges.length === 0) return state;
  const ranges = state.ranges.map((range) => {
    const from = tr.mapping.map(range.from, 1);
    return { from, to: Math.max(from, tr.mapping.map(range.to, -1)) };
  });
  return { ...state, ranges, decorations: state.decorations.map(tr.mapping, tr.doc) };
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
