import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { buildReaderContent } from './buildReaderContent';
import { dispatchHighlight } from './highlightDispatch';
import { highlightKey, highlightPlugin, InitialHighlights, type HighlightAction, type HighlightRange } from './highlightPlugin';
import { currentHighlightRanges, highlightRange, highlightsAt, selectedHighlight } from './highlightQueries';
import { readerExtensions } from './readerSchema';

const schema = getSchema(readerExtensions);
// "Minsk will host a summit." is at positions 3–28 (doc > section > paragraph > text).
const TEXT = 'Minsk will host a summit.\n\nThe Collective Security Treaty Organization.';

/** A bare editor state with the highlight plugin, and a way to act on it as the editor does. */
function editorState(ranges: HighlightRange[] = []) {
  let state = EditorState.create({ doc: schema.nodeFromJSON(buildReaderContent(TEXT).content), plugins: [highlightPlugin(new InitialHighlights(ranges))] });
  const view = { get state() { return state; }, dispatch: (tr: ReturnType<EditorState['tr']['setMeta']>) => void (state = state.apply(tr)) };
  return {
    get state() {
      return state;
    },
    act: (action: HighlightAction) => dispatchHighlight(view, action),
    edit: (change: (tr: EditorState['tr']) => EditorState['tr']) => view.dispatch(change(state.tr)),
    /** The classes of the decorations drawn for a highlight. */
    classes: (id: string) => highlightKey.getState(state)!.decorations.find(undefined, undefined, (spec: { id?: string }) => spec.id === id).map((d) => (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class),
  };
}

const minsk: HighlightRange = { id: 'minsk', from: 3, to: 8, color: 'c1' };
const summit: HighlightRange = { id: 'summit', from: 12, to: 27, color: 'c2' };

describe('the highlight plugin', () => {
  it('starts with the highlights it was given, none selected', () => {
    const editor = editorState([minsk, summit]);
    expect([...currentHighlightRanges(editor.state)]).toEqual([
      ['minsk', { from: 3, to: 8 }],
      ['summit', { from: 12, to: 27 }],
    ]);
    expect(selectedHighlight(editor.state)).toBeNull();
    expect(editor.classes('minsk')).toEqual(['hl hl-c1 hl-id-minsk']);
  });

  it('adds, recolours and removes one highlight at a time', () => {
    const editor = editorState([minsk]);
    editor.act({ type: 'add', highlight: summit });
    expect(highlightRange(editor.state, 'summit')).toEqual({ from: 12, to: 27 });
    editor.act({ type: 'recolor', id: 'summit', color: 'c5' });
    expect(editor.classes('summit')).toEqual(['hl hl-c5 hl-id-summit']);
    editor.act({ type: 'remove', id: 'minsk' });
    expect(highlightRange(editor.state, 'minsk')).toBeNull();
    expect([...currentHighlightRanges(editor.state).keys()]).toEqual(['summit']);
  });

  it('owns the selection: it restyles the highlight it leaves and the one it reaches', () => {
    const editor = editorState([minsk, summit]);
    editor.act({ type: 'select', id: 'minsk' });
    expect(selectedHighlight(editor.state)).toBe('minsk');
    expect(editor.classes('minsk')).toEqual(['hl hl-c1 hl-id-minsk hl-selected']);
    editor.act({ type: 'select', id: 'summit' });
    expect(editor.classes('minsk')).toEqual(['hl hl-c1 hl-id-minsk']);
    expect(editor.classes('summit')).toEqual(['hl hl-c2 hl-id-summit hl-selected']);
    editor.act({ type: 'recolor', id: 'summit', color: 'c3' });
    expect(editor.classes('summit')).toEqual(['hl hl-c3 hl-id-summit hl-selected']);
  });

  it('forgets the selection of a highlight that is removed', () => {
    const editor = editorState([minsk]);
    editor.act({ type: 'select', id: 'minsk' });
    editor.act({ type: 'remove', id: 'minsk' });
    expect(selectedHighlight(editor.state)).toBeNull();
  });

  it('flashes one highlight at a time, apart from the selection', () => {
    const editor = editorState([minsk, summit]);
    editor.act({ type: 'select', id: 'minsk' });
    editor.act({ type: 'flash', id: 'minsk' });
    expect(editor.classes('minsk')).toEqual(['hl hl-c1 hl-id-minsk hl-selected hl-flash']);
    editor.act({ type: 'flash', id: 'summit' });
    expect(editor.classes('minsk')).toEqual(['hl hl-c1 hl-id-minsk hl-selected']);
    expect(highlightKey.getState(editor.state)!.flashing).toBe('summit');
  });

  it('finds the highlights under a position, innermost first', () => {
    const editor = editorState([{ id: 'outer', from: 3, to: 27, color: 'c1' }, summit]);
    expect(highlightsAt(editor.state, 20)).toEqual(['summit', 'outer']);
    expect(highlightsAt(editor.state, 5)).toEqual(['outer']);
    expect(highlightsAt(editor.state, 40)).toEqual([]);
  });

  it('moves highlights with edits to the text, and drops one whose words are deleted', () => {
    const editor = editorState([minsk, summit]);
    editor.edit((tr) => tr.insertText('Next week, ', 3));
    expect(highlightRange(editor.state, 'minsk')).toEqual({ from: 14, to: 19 });
    editor.edit((tr) => tr.delete(14, 19));
    expect(highlightRange(editor.state, 'minsk')).toBeNull();
    expect(highlightRange(editor.state, 'summit')).toEqual({ from: 18, to: 33 });
  });

  it('keeps its changes out of the undo history', () => {
    const editor = editorState();
    let last: { getMeta: (key: string) => unknown } | null = null;
    const view = { state: editor.state, dispatch: (tr: { getMeta: (key: string) => unknown }) => void (last = tr) };
    dispatchHighlight(view as never, { type: 'add', highlight: minsk });
    expect(last!.getMeta('addToHistory')).toBe(false);
  });
});
