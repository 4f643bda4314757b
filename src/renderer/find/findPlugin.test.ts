import { getSchema } from '@tiptap/core';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { buildReaderContent } from '../reader/buildReaderContent';
import { readerExtensions } from '../reader/readerSchema';
import { searchDocument } from './documentSearch';
import { MAX_MARKED_MATCHES } from './drawnMatches';
import { findMarks, findMarksPlugin, findMarksTransaction, type FindMarksAction } from './findPlugin';

const schema = getSchema(readerExtensions);
const TEXT = 'The summit will be held in Minsk.\n\nThe Collective Security Treaty Organization meets there: the summit.';

/** A bare editor state with the find plugin, and ways to act on it as the find bar does. */
function editorState(text = TEXT) {
  let state = EditorState.create({ doc: schema.nodeFromJSON(buildReaderContent(text).content), plugins: [findMarksPlugin()] });
  const dispatch = (tr: Transaction): void => void (state = state.apply(tr));
  return {
    get state() {
      return state;
    },
    act: (action: FindMarksAction) => dispatch(findMarksTransaction(state, action)),
    edit: (change: (tr: Transaction) => Transaction) => dispatch(change(state.tr)),
    /** The drawn marks: their words and whether each is the current one. */
    drawn: () =>
      findMarks(state)
        .decorations.find()
        .map((d) => {
          const { class: className } = (d as unknown as { type: { attrs: { class: string } } }).type.attrs;
          return `${state.doc.textBetween(d.from, d.to)}${className.includes('find-match-current') ? ' (current)' : ''}`;
        }),
  };
}

describe('the find plugin', () => {
  it('draws nothing until it is given matches', () => {
    const editor = editorState();
    expect(findMarks(editor.state).current).toBe(-1);
    expect(editor.drawn()).toEqual([]);
  });

  it('marks every match of a search, the current one more strongly, on the matched words', () => {
    const editor = editorState();
    const { ranges } = searchDocument(editor.state.doc, 'the', {});
    editor.act({ type: 'show', ranges, current: 1 });
    // "there" holds one too.
    expect(editor.drawn()).toEqual(['The', 'The (current)', 'the', 'the']);
    expect(findMarks(editor.state).current).toBe(1);
    editor.act({ type: 'show', ranges: searchDocument(editor.state.doc, 'the', { wholeWord: true, caseSensitive: true }).ranges, current: 0 });
    expect(editor.drawn()).toEqual(['the (current)']);
  });

  it('moves the current match by restyling it alone, and clears everything', () => {
    const editor = editorState();
    editor.act({ type: 'show', ranges: searchDocument(editor.state.doc, 'summit', {}).ranges, current: 0 });
    const before = findMarks(editor.state).decorations;
    editor.act({ type: 'current', index: 1 });
    expect(editor.drawn()).toEqual(['summit', 'summit (current)']);
    expect(findMarks(editor.state).decorations).not.toBe(before);
    editor.act({ type: 'current', index: 7 });
    expect(findMarks(editor.state).current).toBe(1);
    editor.act({ type: 'clear' });
    expect(editor.drawn()).toEqual([]);
    expect(findMarks(editor.state).ranges).toEqual([]);
  });

  it('follows an edit: marks and the current match move with the text; the other matches wait for the next search', () => {
    const editor = editorState();
    const { ranges } = searchDocument(editor.state.doc, 'summit', {});
    editor.act({ type: 'show', ranges, current: 1 });
    editor.edit((tr) => tr.insertText('big ', ranges[0]!.from));
    expect(editor.drawn()).toEqual(['summit', 'summit (current)']);
    expect(findMarks(editor.state).ranges).toEqual([{ from: ranges[1]!.from + 4, to: ranges[1]!.to + 4 }]);
    const current = findMarks(editor.state).ranges[0]!;
    editor.edit((tr) => tr.delete(current.from, current.to));
    expect(findMarks(editor.state).ranges).toEqual([{ from: current.from, to: current.from }]);
    expect(editor.drawn()).toEqual(['summit']);
  });

  it('draws at most MAX_MARKED_MATCHES, around the current match, and moves the stretch when stepping near its edge', () => {
    const count = MAX_MARKED_MATCHES * 3;
    const editor = editorState(Array.from({ length: count }, () => 'word').join(' '));
    const { ranges } = searchDocument(editor.state.doc, 'word', {});
    const drawnAt = (i: number) => findMarks(editor.state).decorations.find(ranges[i]!.from, ranges[i]!.to).length;
    expect(ranges).toHaveLength(count);
    editor.act({ type: 'show', ranges, current: 0 });
    expect(findMarks(editor.state).decorations.find()).toHaveLength(MAX_MARKED_MATCHES);
    expect(findMarks(editor.state).markedFrom).toBe(0);
    editor.act({ type: 'current', index: count - 1 });
    expect(findMarks(editor.state).markedFrom).toBe(count - MAX_MARKED_MATCHES);
    expect([drawnAt(count - 1), drawnAt(0)]).toEqual([1, 0]);
    // Wrapping back to the first match moves the stretch to the start again.
    editor.act({ type: 'current', index: 0 });
    expect(findMarks(editor.state).markedFrom).toBe(0);
  });

  it('moves the drawn stretch to where the reader scrolled, keeping the current match drawn', () => {
    const count = MAX_MARKED_MATCHES * 3;
    const editor = editorState(Array.from({ length: count }, () => 'word').join(' '));
    const { ranges } = searchDocument(editor.state.doc, 'word', {});
    editor.act({ type: 'show', ranges, current: 0 });
    const before = findMarks(editor.state).decorations;
    editor.act({ type: 'markAround', index: MAX_MARKED_MATCHES / 2 });
    expect(findMarks(editor.state).decorations).toBe(before);
    editor.act({ type: 'markAround', index: count / 2 });
    const state = findMarks(editor.state);
    expect(state.markedFrom).toBe(count / 2 - MAX_MARKED_MATCHES / 2);
    expect(state.decorations.find()).toHaveLength(MAX_MARKED_MATCHES + 1);
    expect(editor.drawn()[0]).toBe('word (current)');
  });

  it('draws equal marks when a search after an edit finds the same matches, so the view redraws nothing', () => {
    const editor = editorState();
    editor.act({ type: 'show', ranges: searchDocument(editor.state.doc, 'summit', {}).ranges, current: 1 });
    editor.edit((tr) => tr.insertText('big ', 1 + 1));
    const before = findMarks(editor.state).decorations.find();
    editor.act({ type: 'show', ranges: searchDocument(editor.state.doc, 'summit', {}).ranges, current: 1 });
    const after = findMarks(editor.state).decorations.find();
    expect(after).toHaveLength(2);
    // Decoration.eq is what the view compares old and new decorations with (left out of the typings).
    const equal = (a: unknown, b: unknown): boolean => (a as { eq: (other: unknown) => boolean }).eq(b);
    after.forEach((decoration, i) => expect(equal(decoration, before[i]), `match ${i}`).toBe(true));
  });

  it('keeps its changes out of the undo history', () => {
    const editor = editorState();
    expect(findMarksTransaction(editor.state, { type: 'clear' }).getMeta('addToHistory')).toBe(false);
  });
});
