import { describe, expect, it } from 'vitest';
import { tryAction } from './testing/runAction';

describe('app actions', () => {
  it('open the palette, the shortcut sheet and the backups, and switch the theme, anywhere', () => {
    expect(tryAction('app.palette', { where: 'field', reader: null }).calls).toEqual(['app.openDialog("palette")']);
    expect(tryAction('app.shortcuts').calls).toEqual(['app.openDialog("shortcuts")']);
    expect(tryAction('app.backups').calls).toEqual(['app.openDialog("backups")']);
    expect(tryAction('app.theme').calls).toEqual(['app.toggleTheme()']);
  });

  it('undo the window’s last change, but not while the text is edited (that is the editor’s own undo)', () => {
    expect(tryAction('app.undo').calls).toEqual(['app.undo()']);
    expect(tryAction('app.undo', { where: 'cards', reader: null }).calls).toEqual(['app.undo()']);
    expect(tryAction('app.undo', { reader: { editing: true } }).applies).toBe(false);
  });
});
