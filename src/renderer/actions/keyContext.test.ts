// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { belongsToControl, isTextField, keyContextOf, type KeyEnvironment } from './keyContext';

const reading: KeyEnvironment = { dialogOpen: false, view: 'read', editing: false };
const element = (selector: string): HTMLElement => document.querySelector<HTMLElement>(selector)!;

beforeEach(() => {
  document.body.innerHTML = `
    <div data-reading="true" contenteditable="true" id="text"><p id="para">Text</p></div>
    <div contenteditable="true" id="other-editable"></div>
    <input id="name" /><textarea id="note"></textarea><select id="scope"><option>a</option></select>
    <button id="button"><span id="inside">Delete</span></button><a href="#x" id="link">x</a>
    <details><summary id="summary">More</summary></details><div role="button" id="role-button">Go</div>
    <article id="card" tabindex="-1"></article>`;
});

describe('where the keyboard is', () => {
  it('is a text field in inputs, text areas, selects and editable content other than the reader’s text', () => {
    for (const id of ['name', 'note', 'scope', 'other-editable']) expect(isTextField(element(`#${id}`)), id).toBe(true);
    for (const id of ['text', 'para', 'button', 'card']) expect(isTextField(element(`#${id}`)), id).toBe(false);
    expect(isTextField(null)).toBe(false);
    expect(isTextField(window)).toBe(false);
  });

  it('puts a dialog first, then a field, then the view', () => {
    expect(keyContextOf(element('#note'), { ...reading, dialogOpen: true })).toBe('dialog');
    expect(keyContextOf(element('#note'), { ...reading, view: 'review' })).toBe('field');
    expect(keyContextOf(element('#card'), { ...reading, view: 'review' })).toBe('review');
    expect(keyContextOf(element('#card'), { ...reading, view: 'cards' })).toBe('cards');
    expect(keyContextOf(element('#card'), { ...reading, view: 'library' })).toBe('library');
    expect(keyContextOf(element('#name'), { ...reading, view: 'library' })).toBe('field');
    expect(keyContextOf(element('#card'), { ...reading, view: 'tags' })).toBe('tags');
    expect(keyContextOf(element('#note'), { ...reading, view: 'tags' })).toBe('field');
    expect(keyContextOf(element('#para'), reading)).toBe('reading');
    expect(keyContextOf(document.body, reading)).toBe('reading');
  });

  it('is the editing context anywhere outside a field while the text is edited', () => {
    const editing = { ...reading, editing: true };
    expect(keyContextOf(element('#para'), editing)).toBe('editing');
    expect(keyContextOf(element('#button'), editing)).toBe('editing');
    expect(keyContextOf(element('#note'), editing)).toBe('field');
  });
});

describe('keys that belong to a control', () => {
  it('are Enter, Space, Delete, Backspace and Esc on a button, link, summary or role=button', () => {
    for (const id of ['button', 'inside', 'link', 'summary', 'role-button']) {
      for (const chord of ['Enter', 'Space', 'Delete', 'Backspace', 'Escape']) expect(belongsToControl(element(`#${id}`), chord), `${chord} on ${id}`).toBe(true);
    }
  });

  it('leave other keys, and these keys elsewhere, to the dispatcher', () => {
    expect(belongsToControl(element('#button'), 'j')).toBe(false);
    expect(belongsToControl(element('#button'), 'Mod+z')).toBe(false);
    expect(belongsToControl(element('#card'), 'Enter')).toBe(false);
    expect(belongsToControl(null, 'Enter')).toBe(false);
  });
});
