import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { FindOptions } from '../../shared/textSearch/findAll';
import { searchDocument } from './documentSearch';
import { findMarks, findMarksTransaction } from './findPlugin';
import { matchAtOrAfter, stepMatch, type MatchRange } from './matchRanges';

/** The part of an editor view the find bar works on. */
export interface FindView {
  state: EditorState;
  dispatch: (tr: Transaction) => void;
}

/** What a search found, for the find bar to say. */
export interface FindResult {
  count: number;
  /** Index of the current match, or -1. */
  current: number;
  /** Only the beginning of a too-long query was searched. */
  queryCut: boolean;
}

/** Searches the view's text and marks every match; the current one is the first at or after `from` (wrapping to the top). */
export function showMatches(view: FindView, query: string, options: Pick<FindOptions, 'caseSensitive' | 'wholeWord'>, from: number): FindResult {
  const { ranges, queryCut } = searchDocument(view.state.doc, query, options);
  const current = matchAtOrAfter(ranges, from);
  view.dispatch(findMarksTransaction(view.state, { type: 'show', ranges, current }));
  return { count: ranges.length, current, queryCut };
}

/** Makes the next (1) or previous (-1) match current, wrapping around; returns its index, -1 without matches. */
export function stepMatches(view: FindView, direction: 1 | -1): number {
  const { ranges, current } = findMarks(view.state);
  const next = stepMatch(current, ranges.length, direction);
  if (next >= 0 && next !== current) view.dispatch(findMarksTransaction(view.state, { type: 'current', index: next }));
  return next;
}

/** The current match's range now (after any edits), or null. */
export function currentMatch(state: EditorState): MatchRange | null {
  const { ranges, current } = findMarks(state);
  return ranges[current] ?? null;
}

/**
 * Clears every mark and, in the same transaction, selects the current match,
 * so the keyboard goes back to the text where the search ended (and the words
 * found can be highlighted at once).
 */
export function clearMatches(view: FindView): void {
  const range = currentMatch(view.state);
  const tr = findMarksTransaction(view.state, { type: 'clear' });
  if (range && range.to > range.from) tr.setSelection(TextSelection.create(tr.doc, range.from, range.to));
  view.dispatch(tr);
}
