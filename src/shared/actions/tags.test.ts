import { describe, expect, it } from 'vitest';
import { actionForKey } from './index';
import { tryAction } from './testing/runAction';

const inCodebook = { where: 'tags' as const, app: { view: 'tags' as const }, reader: null, tags: { hasSelection: true } };

describe('tag actions', () => {
  it('show the codebook from every view and from a text field, even with no document open', () => {
    expect(tryAction('tags.show', { app: { hasDocument: false }, reader: null }).calls).toEqual(['app.show("tags")']);
    for (const where of ['reading', 'cards', 'review', 'library', 'tags', 'field'] as const) expect(actionForKey(where, 'Mod+Shift+k')?.id, where).toBe('tags.show');
  });

  it('rename, merge and delete the selected tag only in the codebook, with a tag selected', () => {
    expect(tryAction('tags.rename', inCodebook).calls).toEqual(['tags.renameSelected()']);
    expect(tryAction('tags.merge', inCodebook).calls).toEqual(['tags.mergeSelected()']);
    expect(tryAction('tags.delete', inCodebook).calls).toEqual(['tags.deleteSelected()']);
    expect(tryAction('tags.delete', { ...inCodebook, tags: { hasSelection: false } }).applies).toBe(false);
    expect(tryAction('tags.rename', { ...inCodebook, app: { view: 'library' } }).applies).toBe(false);
    expect(actionForKey('tags', 'F2')?.id).toBe('tags.rename');
    expect(actionForKey('tags', 'Delete')?.id).toBe('tags.delete');
  });

  it('leave single letters to the tree’s type-ahead, and keep undo, the palette and the sheet', () => {
    for (const letter of ['r', 'b', 'f', 't', 'l', 'j']) expect(actionForKey('tags', letter), letter).toBeUndefined();
    expect(actionForKey('tags', 'Mod+z')?.id).toBe('app.undo');
    expect(actionForKey('tags', 'Mod+k')?.id).toBe('app.palette');
    expect(actionForKey('tags', '?')?.id).toBe('app.shortcuts');
    expect(actionForKey('tags', 'Mod+Shift+l')?.id).toBe('library.show');
  });

  it('go back to reading with Esc when there is a document to read', () => {
    expect(tryAction('tags.back', inCodebook).calls).toEqual(['app.show("read")']);
    expect(tryAction('tags.back', { ...inCodebook, app: { view: 'tags', hasDocument: false } }).applies).toBe(false);
  });
});
