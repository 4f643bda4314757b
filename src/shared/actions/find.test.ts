import { describe, expect, it } from 'vitest';
import { tryAction } from './testing/runAction';

describe('find actions', () => {
  it('open the find bar and step through matches while a document’s reader shows', () => {
    expect(tryAction('find.open', { find: {} }).calls).toEqual(['find.open()']);
    expect(tryAction('find.next', { find: {} }).calls).toEqual(['find.step(1)']);
    expect(tryAction('find.previous', { find: { isOpen: true } }).calls).toEqual(['find.step(-1)']);
    for (const id of ['find.open', 'find.next', 'find.previous']) expect(tryAction(id, { find: null }).applies, id).toBe(false);
  });

  it('switch the options only from inside the open bar, so Alt+C in a note is left to the note', () => {
    expect(tryAction('find.matchCase', { find: { isOpen: true, hasFocus: true } }).calls).toEqual(['find.toggle("caseSensitive")']);
    expect(tryAction('find.wholeWord', { find: { isOpen: true, hasFocus: true } }).calls).toEqual(['find.toggle("wholeWord")']);
    expect(tryAction('find.matchCase', { find: { isOpen: true, hasFocus: false } }).applies).toBe(false);
    expect(tryAction('find.wholeWord', { find: { isOpen: false, hasFocus: true } }).applies).toBe(false);
  });

  it('close the bar from the palette only while it shows', () => {
    expect(tryAction('find.close', { find: { isOpen: true } }).calls).toEqual(['find.close()']);
    expect(tryAction('find.close', { find: { isOpen: false } }).applies).toBe(false);
  });
});
