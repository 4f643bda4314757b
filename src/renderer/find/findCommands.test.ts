import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { buildReaderContent } from '../reader/buildReaderContent';
import { readerExtensions } from '../reader/readerSchema';
import { clearMatches, currentMatch, showMatches, stepMatches, type FindView } from './findCommands';
import { findMarks, findMarksPlugin } from './findPlugin';
import { selectionQuery } from './selectionQuery';

const schema = getSchema(readerExtensions);
// Text starts at position 2 (doc > section > paragraph).
const TEXT = 'One summit, two summits.\n\nA third summit in Minsk.\n\nThe end.';

/** A bare editor state with the find plugin, driven as the editor's view would be. */
function editorView(): FindView {
  let state = EditorState.create({ doc: schema.nodeFromJSON(buildReaderContent(TEXT).content), plugins: [findMarksPlugin()] });
  return {
    get state() {
      return state;
    },
    dispatch: (tr: Transaction) => void (state = state.apply(tr)),
  };
}

const wordsAt = (view: FindView) => {
  const range = currentMatch(view.state);
  return range ? `${view.state.doc.textBetween(range.from, range.to)}@${range.from}` : null;
};

describe('searching and stepping in the find bar', () => {
  it('makes the first match at or after where the reader is current, wrapping to the top past the last', () => {
    const view = editorView();
    const third = view.state.doc.textContent.indexOf('A third');
    expect(showMatches(view, 'summit', {}, 0)).toEqual({ count: 3, current: 0, queryCut: false });
    expect(showMatches(view, 'summit', {}, third)).toMatchObject({ current: 2 });
    expect(showMatches(view, 'summit', {}, view.state.doc.content.size)).toMatchObject({ current: 0 });
    expect(showMatches(view, 'summit', { wholeWord: true }, 0)).toMatchObject({ count: 2 });
    expect(showMatches(view, 'nowhere', {}, 0)).toEqual({ count: 0, current: -1, queryCut: false });
  });

  it('steps forward and back through the matches, wrapping around at both ends', () => {
    const view = editorView();
    showMatches(view, 'summit', {}, 0);
    const visited = [stepMatches(view, 1), stepMatches(view, 1), stepMatches(view, 1), stepMatches(view, -1), stepMatches(view, -1)];
    expect(visited).toEqual([1, 2, 0, 2, 1]);
    expect(wordsAt(view)).toMatch(/^summit@/);
  });

  it('steps nowhere without matches', () => {
    const view = editorView();
    showMatches(view, 'nowhere', {}, 0);
    expect(stepMatches(view, 1)).toBe(-1);
  });

  it('clears the marks and selects the current match, so the keyboard returns to it', () => {
    const view = editorView();
    showMatches(view, 'minsk', {}, 0);
    const range = currentMatch(view.state)!;
    clearMatches(view);
    expect(findMarks(view.state).decorations.find()).toEqual([]);
    expect(view.state.selection).toMatchObject({ from: range.from, to: range.to });
  });
});

describe('selectionQuery', () => {
  const select = (from: number, to: number) => {
    const view = editorView();
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)));
    return selectionQuery(view.state);
  };

  it('takes short selected words on one line as the query', () => {
    expect(select(2, 5)).toBe('One');
  });

  it('takes nothing from an empty selection, one across paragraphs, or only spaces', () => {
    expect(select(2, 2)).toBeNull();
    expect(select(2, 32)).toBeNull();
    expect(select(5, 6)).toBeNull();
  });
});
