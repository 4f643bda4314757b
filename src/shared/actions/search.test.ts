import { describe, expect, it } from 'vitest';
import { actionForKey } from './index';
import { tryAction } from './testing/runAction';

describe('search actions', () => {
  it('open the library search with Mod+Shift+F from every view and from a text field', () => {
    expect(tryAction('search.library').calls).toEqual(['app.openDialog("search")']);
    expect(tryAction('search.library', { where: 'library', app: { view: 'library', hasDocument: false }, reader: null }).calls).toEqual(['app.openDialog("search")']);
    for (const where of ['reading', 'cards', 'review', 'library', 'field'] as const) expect(actionForKey(where, 'Mod+Shift+f')?.id).toBe('search.library');
  });

  it('leave the key alone while the text is edited', () => {
    expect(actionForKey('editing', 'Mod+Shift+f')).toBeUndefined();
  });
});
