import type { EditorState, Transaction } from '@tiptap/pm/state';
import { highlightKey, type HighlightAction } from './highlightPlugin';

/** The part of an editor view that highlight changes are dispatched to. */
export interface HighlightView {
  state: EditorState;
  dispatch: (tr: Transaction) => void;
}

/** Highlight changes being collected for one transaction (see drawTogether). */
interface Batch {
  view: HighlightView;
  actions: HighlightAction[];
  finishes: ((tr: Transaction) => void)[];
}
let collecting: Batch | null = null;

/** Dispatches a change to the highlighting layer (or adds it to the transaction drawTogether is collecting for this view). */
export function dispatchHighlight(view: HighlightView, action: HighlightAction): void {
  if (collecting?.view === view) {
    collecting.actions.push(action);
    return;
  }
  view.dispatch(view.state.tr.setMeta(highlightKey, action).setMeta('addToHistory', false));
}

/**
 * Runs `draw` and dispatches every highlight change it makes to `view` as one
 * transaction, with `finish` adding its own steps (such as moving the caret).
 * Each transaction costs a redraw of the changed paragraphs and a rewrite of
 * the DOM selection, so a new highlight that is also selected, with the caret
 * moved past it, is drawn once rather than three times. While `draw` runs,
 * `view.state` does not show its changes yet. The changes made so far are
 * still dispatched if `draw` throws, so the drawing matches what was stored.
 */
export function drawTogether<T>(view: HighlightView, draw: () => T, finish?: (tr: Transaction) => void): T {
  // Nested in a batch for the same view, it joins that one's transaction.
  if (collecting?.view === view) {
    if (finish) collecting.finishes.push(finish);
    return draw();
  }
  const outer = collecting;
  const batch: Batch = { view, actions: [], finishes: finish ? [finish] : [] };
  collecting = batch;
  try {
    return draw();
  } finally {
    collecting = outer;
    const tr = view.state.tr;
    if (batch.actions.length > 0) tr.setMeta(highlightKey, batch.actions);
    for (const step of batch.finishes) step(tr);
    if (batch.actions.length > 0 || tr.selectionSet || tr.docChanged) view.dispatch(tr.setMeta('addToHistory', false));
  }
}
