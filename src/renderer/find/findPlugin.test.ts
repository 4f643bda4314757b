import { getSchema } from '@tiptap/core';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { buildReaderContent } from '../reader/buildReaderContent';
import { readerExtensions } from '../reader/readerSchema';
import { searchDocument } from './documentSearch';
import { findMarks, findMarksPlugin, findMarksTransaction, MAX_MARKED_MATCHES, type FindMarksAction } from './findPlugin';

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

  it('follows an edit: marks and ranges move with the text, a deleted match keeps its index', () => {
    const editor = editorState();
    const { ranges } = searchDocument(editor.state.doc, 'summit', {});
    editor.act({ type: 'show', ranges, current: 1 });
    editor.edit((tr) => tr.insertText('big ', ranges[0]!.from));
    expect(editor.drawn()).toEqual(['summit', 'summit (current)']);
    expect(findMarks(editor.state).ranges[1]!.from).toBe(ranges[1]!.from + 4);
    const first = findMarks(editor.state).ranges[0]!;
    editor.edit((tr) => tr.delete(first.from, first.to));
    expect(findMarks(editor.state).ranges).toHaveLength(2);
    expect(findMarks(editor.state).ranges[0]!.to).toBe(findMarks(editor.state).ranges[0]!.from);
    expect(editor.drawn()).toEqual(['summit (current)']);
  });

  it('draws at most MAX_MARKED_MATCHES, around the current match, and redraws the stretch when stepping past it', () => {
    const count = MAX_MARKED_MATCHES + 2_000;
    const editor = editorState(Array.from({ length: count }, () => 'word').join(' '));
    const { ranges } = searchDocument(editor.state.doc, 'word', {});
    expect(ranges).toHaveLength(count);
    editor.act({ type: 'show', ranges, current: 0 });
    expect(findMarks(editor.state).decorations.find()).toHaveLength(MAX_MARKED_MATCHES);
    expect(findMarks(editor.state).markedFrom).toBe(0);
    editor.act({ type: 'current', index: count - 1 });
    const state = findMarks(editor.state);
    expect(state.markedFrom).toBe(count - MAX_MARKED_MATCHES);
    expect(state.decorations.find(ranges[count - 1]!.from, ranges[count - 1]!.to)).toHaveLength(1);
    expect(state.decorations.find(ranges[0]!.from, ranges[0]!.to)).toHaveLength(0);
  });

  it('keeps its changes out of the undo history', () => {
    const editor = editorState();
    expect(findMarksTransaction(editor.state, { type: 'clear' }).getMeta('addToHistory')).toBe(false);
  });
});
