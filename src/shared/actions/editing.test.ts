import { describe, expect, it } from 'vitest';
import { tryAction } from './testing/runAction';

describe('editing actions', () => {
  it('start editing from the reader, not again while editing', () => {
    expect(tryAction('editing.start').calls).toEqual(['reader.startEditing()']);
    expect(tryAction('editing.start', { reader: { editing: true } }).applies).toBe(false);
  });

  it('save, leave, undo and redo only while editing', () => {
    const editing = { where: 'editing' as const, reader: { editing: true } };
    expect(tryAction('editing.save', editing).calls).toEqual(['reader.saveEdits()']);
    expect(tryAction('editing.stop', editing).calls).toEqual(['reader.stopEditing()']);
    expect(tryAction('editing.undo', editing).calls).toEqual(['reader.undoEdit()']);
    expect(tryAction('editing.redo', editing).calls).toEqual(['reader.redoEdit()']);
    for (const id of ['editing.save', 'editing.stop', 'editing.undo', 'editing.redo']) expect(tryAction(id).applies, id).toBe(false);
  });
});
