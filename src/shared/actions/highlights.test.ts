import { describe, expect, it } from 'vitest';
import { tryAction } from './testing/runAction';

describe('highlight actions', () => {
  it('highlight the selection in the current colour, or in colours 1–5 while text is selected', () => {
    expect(tryAction('highlights.highlight').calls).toEqual(['reader.highlight(null)']);
    expect(tryAction('highlights.colour4', { reader: { hasSelection: true } }).calls).toEqual(['reader.highlight("c4")']);
    expect(tryAction('highlights.colour4', { reader: { hasSelection: false } }).applies).toBe(false);
  });

  it('move with J/K, write a note, tag, delete and go back only while reading, the note, tags and delete on a selected highlight', () => {
    expect(tryAction('highlights.next').calls).toEqual(['reader.step(1)']);
    expect(tryAction('highlights.previous').calls).toEqual(['reader.step(-1)']);
    expect(tryAction('highlights.note').applies).toBe(false);
    expect(tryAction('highlights.note', { reader: { hasSelectedHighlight: true } }).calls).toEqual(['reader.writeNote()']);
    expect(tryAction('highlights.delete', { reader: { hasSelectedHighlight: true } }).calls).toEqual(['reader.deleteSelected()']);
    expect(tryAction('highlights.tags').applies).toBe(false);
    expect(tryAction('highlights.tags', { reader: { hasSelectedHighlight: true } }).calls).toEqual(['reader.focusTags()']);
    expect(tryAction('highlights.back').calls).toEqual(['reader.back()']);
    for (const id of ['highlights.highlight', 'highlights.next', 'highlights.back', 'highlights.delete', 'highlights.tags']) {
      expect(tryAction(id, { reader: { editing: true, hasSelectedHighlight: true } }).applies, id).toBe(false);
      expect(tryAction(id, { reader: null }).applies, id).toBe(false);
    }
  });

  it('list the note’s own Done key without ever running it', () => {
    expect(tryAction('highlights.noteDone').applies).toBe(false);
  });
});
