// @vitest-environment happy-dom
import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildReaderContent } from '../reader/buildReaderContent';
import { readerExtensions } from '../reader/readerSchema';
import type { FindResult } from './findCommands';
import { findMarks, findMarksPlugin } from './findPlugin';
import { FindSession } from './findSession';

const schema = getSchema(readerExtensions);
// Text starts at position 2 (doc > section > paragraph).
const TEXT = 'One summit, two summits.\n\nA third summit in Minsk.';

/** A session on a bare editor state, with a view that has no page around it (nothing to scroll). */
function session() {
  let state = EditorState.create({ doc: schema.nodeFromJSON(buildReaderContent(TEXT).content), plugins: [findMarksPlugin()] });
  let focused = true;
  const view = {
    get state() {
      return state;
    },
    dispatch: (tr: Transaction) => void (state = state.apply(tr)),
    hasFocus: () => focused,
    focus: () => void (focused = true),
    dom: document.createElement('div'),
    domAtPos: () => ({ node: document.createTextNode(''), offset: 0 }),
  } as unknown as EditorView;
  const shown: (FindResult | null)[] = [];
  const find = new FindSession();
  find.attach({ view: () => view, publish: (result) => shown.push(result), barBottom: () => 0 });
  return {
    find,
    shown,
    view,
    select: (from: number, to: number) => view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, from, to))),
    blur: () => void (focused = false),
  };
}

afterEach(() => void vi.useRealTimers());

describe('a find session', () => {
  it('takes words newly selected in the text as the query, and the same selection only once', () => {
    const { find, select, blur } = session();
    select(6, 12);
    expect(find.begin()).toBe('summit');
    expect(find.begin()).toBeNull();
    select(2, 5);
    blur();
    // Mod+F in the bar itself keeps the query typed there.
    expect(find.begin()).toBeNull();
  });

  it('searches once typing pauses, and Enter before that runs the waiting search instead of skipping a match', () => {
    vi.useFakeTimers();
    const { find, shown, view } = session();
    find.begin();
    find.changeQuery('summit', 120);
    expect(shown).toEqual([]);
    find.step(1);
    expect(shown).toEqual([{ count: 3, current: 0, queryCut: false }]);
    find.step(1);
    expect(shown.at(-1)).toEqual({ count: 3, current: 1, queryCut: false });
    find.changeQuery('minsk', 120);
    vi.advanceTimersByTime(120);
    expect(shown.at(-1)).toEqual({ count: 1, current: 0, queryCut: false });
    expect(findMarks(view.state).ranges).toHaveLength(1);
  });

  it('searches again when an option changes, and clears the marks for an empty query', () => {
    const { find, shown, view } = session();
    find.begin();
    find.changeQuery('summit', 120);
    find.toggle('wholeWord');
    expect(shown.at(-1)).toMatchObject({ count: 2 });
    find.changeQuery('', 120);
    find.search();
    expect(shown.at(-1)).toBeNull();
    expect(findMarks(view.state).decorations.find()).toEqual([]);
  });

  it('ends with the marks cleared, the current match selected and the keyboard in the text', () => {
    const { find, view, blur } = session();
    find.begin();
    find.changeQuery('minsk', 120);
    find.search();
    blur();
    find.end();
    expect(find.open).toBe(false);
    expect(view.state.doc.textBetween(view.state.selection.from, view.state.selection.to)).toBe('Minsk');
    expect(findMarks(view.state).ranges).toEqual([]);
    expect(view.hasFocus()).toBe(true);
  });
});
