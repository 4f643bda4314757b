import { describe, expect, it } from 'vitest';
import { actionForKey } from './index';
import { tryAction } from './testing/runAction';

describe('library actions', () => {
  it('import files and the clipboard from any view, but not while the text is edited', () => {
    expect(tryAction('library.import').calls).toEqual(['app.importFiles()']);
    expect(tryAction('library.import', { where: 'field' }).calls).toEqual(['app.importFiles()']);
    expect(tryAction('library.paste', { where: 'library', app: { view: 'library' }, reader: null }).calls).toEqual(['app.importClipboard()']);
    expect(tryAction('library.import', { reader: { editing: true } }).applies).toBe(false);
    expect(tryAction('library.paste', { where: 'editing' }).applies).toBe(false);
  });

  it('leave Ctrl+Shift+V in a text field to the field (it pastes without formatting there)', () => {
    expect(actionForKey('field', 'Mod+Shift+v')).toBeUndefined();
    expect(actionForKey('reading', 'Mod+Shift+v')?.id).toBe('library.paste');
    expect(actionForKey('reading', 'Mod+o')?.id).toBe('library.import');
  });

  it('show the library view from anywhere, even with no document open', () => {
    expect(tryAction('library.show', { app: { hasDocument: false }, reader: null }).calls).toEqual(['app.show("library")']);
    expect(actionForKey('cards', 'Mod+Shift+l')?.id).toBe('library.show');
  });

  it('open, rename and trash the selected row only in the library view, with a row selected', () => {
    const inLibrary = { where: 'library' as const, app: { view: 'library' as const }, reader: null, library: { hasSelection: true } };
    expect(tryAction('library.open', inLibrary).calls).toEqual(['library.openSelected()']);
    expect(tryAction('library.rename', inLibrary).calls).toEqual(['library.renameSelected()']);
    expect(tryAction('library.trash', inLibrary).calls).toEqual(['library.trashSelected()']);
    expect(tryAction('library.trash', { ...inLibrary, library: { hasSelection: false } }).applies).toBe(false);
    expect(tryAction('library.trash', { ...inLibrary, app: { view: 'read' } }).applies).toBe(false);
    expect(actionForKey('library', 'Delete')?.id).toBe('library.trash');
    expect(actionForKey('library', 'F2')?.id).toBe('library.rename');
  });

  it('go back to reading with Esc when there is a document to read', () => {
    expect(tryAction('library.back', { where: 'library', app: { view: 'library' } }).calls).toEqual(['app.show("read")']);
    expect(tryAction('library.back', { where: 'library', app: { view: 'library', hasDocument: false } }).applies).toBe(false);
  });
});
