import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../shared/contract';
import { contextMenuTemplate } from './contextMenu';

const settings = { categories: [{ id: 'c1' as const, name: 'Key fact' }, { id: 'c2' as const, name: 'Claim' }] };

describe('contextMenuTemplate', () => {
  it('offers Highlight, one entry per named colour, and Copy for a selection in the text', () => {
    const chosen: (CategoryId | null)[] = [];
    const items = contextMenuTemplate({ selectionText: 'Minsk', isEditable: false }, settings, (color) => chosen.push(color));
    expect(items.map((item) => item.label ?? item.role ?? item.type)).toEqual(['Highlight', 'Highlight as', 'separator', 'copy']);
    items[0]!.click!({} as never, undefined, {} as never);
    const submenu = items[1]!.submenu as { label: string; click: () => void }[];
    expect(submenu.map((entry) => entry.label)).toEqual(['Key fact', 'Claim']);
    submenu[1]!.click();
    expect(chosen).toEqual([null, 'c2']);
  });

  it('offers no highlighting without a selection, and edit roles in a note field', () => {
    expect(contextMenuTemplate({ selectionText: '  ', isEditable: false }, settings, () => undefined)).toEqual([]);
    const roles = contextMenuTemplate({ selectionText: '', isEditable: true }, settings, () => undefined).map((item) => item.role ?? item.type);
    expect(roles).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
  });
});
