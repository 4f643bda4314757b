// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { press, readingEnvironment as reading, renderKeyTargets, type KeyModifiers } from '../testing/keyPresses';
import { actionForPress } from './dispatchKey';
import type { KeyEnvironment } from './keyContext';

let reader: HTMLElement;
let note: HTMLTextAreaElement;
let button: HTMLButtonElement;

beforeEach(() => {
  ({ reader, note, button } = renderKeyTargets());
});

/** The id of the action a key means, or null. */
const meaning = (target: Element, key: string, environment: KeyEnvironment = reading, mods: KeyModifiers = {}) => actionForPress(press(target, key, mods), environment)?.action.id ?? null;

describe('which action a key means', () => {
  it('in the reader: highlight keys, J/K, Enter, T, Esc, Delete, the views, the theme', () => {
    expect(meaning(reader, 'h', reading, { ctrlKey: true, shiftKey: true })).toBe('highlights.highlight');
    expect(meaning(reader, '3')).toBe('highlights.colour3');
    expect(meaning(reader, 'j')).toBe('highlights.next');
    expect(meaning(reader, 'K', reading, { shiftKey: false })).toBe('highlights.previous');
    expect(meaning(reader, 'Enter')).toBe('highlights.note');
    expect(meaning(reader, 'Escape')).toBe('highlights.back');
    expect(meaning(reader, 'Backspace')).toBe('highlights.delete');
    expect(meaning(reader, ' ')).toBe('reading.pageDown');
    expect(meaning(reader, ' ', reading, { shiftKey: true })).toBe('reading.pageUp');
    expect(meaning(reader, 'b')).toBe('cards.browse');
    expect(meaning(reader, 't')).toBe('highlights.tags');
    expect(meaning(reader, 'T', reading, { shiftKey: true })).toBe('app.theme');
    expect(meaning(reader, '?', reading, { shiftKey: true })).toBe('app.shortcuts');
    expect(meaning(reader, 'z', reading, { ctrlKey: true })).toBe('app.undo');
    expect(meaning(reader, 'k', reading, { metaKey: true })).toBe('app.palette');
  });

  it('while the text is edited: only saving, leaving, undo and redo, and the palette; letters type', () => {
    const editing = { ...reading, editing: true };
    expect(meaning(reader, 's', editing, { ctrlKey: true })).toBe('editing.save');
    expect(meaning(reader, 'Escape', editing)).toBe('editing.stop');
    expect(meaning(reader, 'z', editing, { ctrlKey: true })).toBe('editing.undo');
    expect(meaning(reader, 'Z', editing, { ctrlKey: true, shiftKey: true })).toBe('editing.redo');
    expect(meaning(reader, 'P', editing, { ctrlKey: true, shiftKey: true })).toBe('app.palette');
    for (const key of ['j', 'e', '1', 'Enter', ' ', 'Delete', 't']) expect(meaning(reader, key, editing), key).toBeNull();
  });

  it('in a text field: nothing that can be typed, but the palette', () => {
    for (const key of ['j', 'Enter', 'Escape', '1', 't', '?']) expect(meaning(note, key), key).toBeNull();
    expect(meaning(note, 'z', reading, { ctrlKey: true })).toBeNull();
    expect(meaning(note, 'k', reading, { ctrlKey: true })).toBe('app.palette');
  });

  it('find: Mod+F, F3 and Mod+G in the text, while editing and in a field; Enter and Esc in a field stay the field’s', () => {
    const editing = { ...reading, editing: true };
    for (const [target, environment] of [[reader, reading], [reader, editing], [note, reading]] as const) {
      expect(meaning(target, 'f', environment, { ctrlKey: true })).toBe('find.open');
      expect(meaning(target, 'F3', environment)).toBe('find.next');
      expect(meaning(target, 'F3', environment, { shiftKey: true })).toBe('find.previous');
      expect(meaning(target, 'g', environment, { metaKey: true })).toBe('find.next');
      expect(meaning(target, 'G', environment, { ctrlKey: true, shiftKey: true })).toBe('find.previous');
    }
    expect(meaning(note, 'Enter')).toBeNull();
    expect(meaning(note, 'Enter', reading, { shiftKey: true })).toBeNull();
    expect(meaning(note, 'c', reading, { altKey: true })).toBe('find.matchCase');
  });
  it('in review: Space and Enter show the answer, 1–4 grade, Mod+Z takes a grade back, Esc leaves', () => {
    const review = { ...reading, view: 'review' as const };
    const card = document.createElement('article');
    document.body.append(card);
    expect(meaning(card, ' ', review)).toBe('review.showAnswer');
    expect(meaning(card, 'Enter', review)).toBe('review.showAnswer');
    expect(meaning(card, '1', review)).toBe('review.gradeAgain');
    expect(meaning(card, '4', review)).toBe('review.gradeEasy');
    expect(meaning(card, '5', review)).toBeNull();
    expect(meaning(card, 'z', review, { ctrlKey: true })).toBe('review.undoGrade');
    expect(meaning(card, 'Escape', review)).toBe('review.close');
    expect(meaning(card, 'j', review)).toBeNull();
    expect(meaning(card, 'r', review)).toBe('reading.focusText');
  });

  it('in the card browser: Esc goes back to reading, Mod+Z undoes, highlight keys do nothing', () => {
    const cards = { ...reading, view: 'cards' as const };
    expect(meaning(document.body, 'Escape', cards)).toBe('cards.back');
    expect(meaning(document.body, 'z', cards, { ctrlKey: true })).toBe('app.undo');
    expect(meaning(document.body, 'j', cards)).toBeNull();
    expect(meaning(document.body, 'f', cards)).toBe('cards.review');
  });

  it('with a dialog open: nothing, not even the palette', () => {
    const dialog = { ...reading, dialogOpen: true };
    expect(meaning(reader, 'j', dialog)).toBeNull();
    expect(meaning(reader, 'k', dialog, { ctrlKey: true })).toBeNull();
  });

  it('leaves Enter, Space, Delete and Esc on a button to the button', () => {
    for (const key of ['Enter', ' ', 'Delete', 'Escape']) expect(meaning(button, key), key).toBeNull();
    expect(meaning(button, 'j')).toBe('highlights.next');
  });

  it('never acts on a key that is part of composing text (an input method)', () => {
    expect(meaning(reader, 'j', reading, { isComposing: true })).toBeNull();
    expect(meaning(reader, 'Process', reading, { keyCode: 229 })).toBeNull();
    expect(meaning(reader, 'j', reading, { keyCode: 229 })).toBeNull();
  });

  it('ignores a lone modifier', () => {
    expect(meaning(reader, 'Shift', reading, { shiftKey: true })).toBeNull();
    expect(meaning(reader, 'Control', reading, { ctrlKey: true })).toBeNull();
  });
});
