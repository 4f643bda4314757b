import { describe, expect, it } from 'vitest';
import { contextMenuTemplate } from './contextMenu';

const settings = { categories: [{ id: 'c1' as const, name: 'Key fact' }, { id: 'c2' as const, name: 'Claim' }] };

describe('contextMenuTemplate', () => {
  it('offers the highlight actions, one entry per named colour, and Copy for a selection in the text', () => {
    const sent: string[] = [];
    const items = contextMenuTemplate({ selectionText: 'Minsk', isEditable: false }, settings, (id) => sent.push(id), 'linux');
    expect(items.map((item) => item.label ?? item.role ?? item.type)).toEqual(['Highlight the selection', 'Highlight as', 'separator', 'copy']);
    expect(items[0]).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+H', registerAccelerator: false });
    items[0]!.click!({} as never, undefined, {} as never);
    const submenu = items[1]!.submenu as { label: string; accelerator?: string; click: () => void }[];
    expect(submenu.map((entry) => [entry.label, entry.accelerator])).toEqual([
      ['Key fact', '1'],
      ['Claim', '2'],
    ]);
    submenu[1]!.click();
    expect(sent).toEqual(['highlights.highlight', 'highlights.colour2']);
  });

  it('offers no highlighting without a selection, and edit roles in a note field', () => {
    expect(contextMenuTemplate({ selectionText: '  ', isEditable: false }, settings, () => undefined)).toEqual([]);
    const roles = contextMenuTemplate({ selectionText: '', isEditable: true }, settings, () => undefined).map((item) => item.role ?? item.type);
    expect(roles).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
  });
});
