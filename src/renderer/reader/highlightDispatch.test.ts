import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { buildReaderContent } from './buildReaderContent';
import { dispatchHighlight, drawTogether } from './highlightDispatch';
import { highlightKey, highlightPlugin, InitialHighlights, type HighlightRange } from './highlightPlugin';
import { highlightRange, selectedHighlight } from './highlightQueries';
import { readerExtensions } from './readerSchema';

const schema = getSchema(readerExtensions);
const TEXT = 'Minsk will host a summit.\n\nThe Collective Security Treaty Organization.';
const minsk: HighlightRange = { id: 'minsk', from: 3, to: 8, color: 'c1' };
const summit: HighlightRange = { id: 'summit', from: 12, to: 27, color: 'c2' };

/** A bare editor state with the highlight plugin that counts the transactions dispatched to it. */
function editorView(ranges: HighlightRange[] = []) {
  let state = EditorState.create({ doc: schema.nodeFromJSON(buildReaderContent(TEXT).content), plugins: [highlightPlugin(new InitialHighlights(ranges))] });
  const dispatched: Transaction[] = [];
  return {
    get state() {
      return state;
    },
    dispatch: (tr: Transaction) => {
      dispatched.push(tr);
      state = state.apply(tr);
    },
    dispatched,
    classes: (id: string) => highlightKey.getState(state)!.decorations.find(undefined, undefined, (spec: { id?: string }) => spec.id === id).map((d) => (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class),
  };
}

describe('drawing highlight changes together', () => {
  it('adds, selects and moves the caret in one transaction, kept out of the undo history', () => {
    const view = editorView([minsk]);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 12, 27)));
    view.dispatched.length = 0;
    const id = drawTogether(
      view,
      () => {
        dispatchHighlight(view, { type: 'add', highlight: summit });
        dispatchHighlight(view, { type: 'select', id: 'summit' });
        return 'summit';
      },
      (tr) => tr.setSelection(TextSelection.create(tr.doc, 27)),
    );
    expect(id).toBe('summit');
    expect(view.dispatched).toHaveLength(1);
    expect(view.dispatched[0]!.getMeta('addToHistory')).toBe(false);
    expect(highlightRange(view.state, 'summit')).toEqual({ from: 12, to: 27 });
    expect(selectedHighlight(view.state)).toBe('summit');
    expect(view.classes('summit')).toEqual(['hl hl-c2 hl-id-summit hl-selected']);
    expect(view.state.selection.from).toBe(27);
    expect(view.state.selection.empty).toBe(true);
  });

  it('applies the changes in the order they were made (a highlight added and removed is gone)', () => {
    const view = editorView();
    drawTogether(view, () => {
      dispatchHighlight(view, { type: 'add', highlight: minsk });
      dispatchHighlight(view, { type: 'select', id: 'minsk' });
      dispatchHighlight(view, { type: 'remove', id: 'minsk' });
    });
    expect(highlightRange(view.state, 'minsk')).toBeNull();
    expect(selectedHighlight(view.state)).toBeNull();
  });

  it('still draws what was changed before the drawing threw', () => {
    const view = editorView();
    expect(() =>
      drawTogether(view, () => {
        dispatchHighlight(view, { type: 'add', highlight: minsk });
        throw new Error('failed halfway');
      }),
    ).toThrow('failed halfway');
    expect(highlightRange(view.state, 'minsk')).toEqual({ from: 3, to: 8 });
    // Once it is over, changes are dispatched one by one again.
    dispatchHighlight(view, { type: 'remove', id: 'minsk' });
    expect(highlightRange(view.state, 'minsk')).toBeNull();
  });

  it('joins a nested batch for the same view to the outer transaction', () => {
    const view = editorView();
    drawTogether(view, () => {
      dispatchHighlight(view, { type: 'add', highlight: minsk });
      drawTogether(view, () => dispatchHighlight(view, { type: 'select', id: 'minsk' }), (tr) => tr.setSelection(TextSelection.create(tr.doc, 8)));
    });
    expect(view.dispatched).toHaveLength(1);
    expect(selectedHighlight(view.state)).toBe('minsk');
    expect(view.state.selection.from).toBe(8);
  });

  it('dispatches nothing when nothing changed', () => {
    const view = editorView();
    drawTogether(view, () => undefined);
    expect(view.dispatched).toHaveLength(0);
  });
});
