import { Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';
import type { Core } from '../core/openCore';
import type { CategoryId, Settings } from '../shared/contract';

/** What the context menu needs to know of a right-click. */
export interface ContextClick {
  selectionText: string;
  isEditable: boolean;
}

/**
 * The items of the text's context menu: with a selection, "Highlight" in the
 * current colour, a submenu with each named colour, and Copy; in an editable
 * field (a note), the usual edit roles.
 */
export function contextMenuTemplate(click: ContextClick, settings: Pick<Settings, 'categories'>, highlight: (color: CategoryId | null) => void): MenuItemConstructorOptions[] {
  const hasSelection = click.selectionText.trim() !== '';
  const items: MenuItemConstructorOptions[] = [];
  if (hasSelection) {
    items.push(
      { label: 'Highlight', accelerator: 'CmdOrCtrl+Shift+H', click: () => highlight(null) },
      { label: 'Highlight as', submenu: settings.categories.map((category) => ({ label: category.name, click: () => highlight(category.id) })) },
      { type: 'separator' },
    );
  }
  if (click.isEditable) items.push({ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' });
  else if (hasSelection) items.push({ role: 'copy' });
  return items;
}

/** Shows the context menu on right-click; highlighting is sent to the renderer as a core event. */
export function installContextMenu(contents: WebContents, core: Pick<Core, 'call' | 'events'>): void {
  contents.on('context-menu', (_event, params) => {
    void (core.call('settings:get', {})).then((settings) => {
      const template = contextMenuTemplate(params, settings, (color) => core.events.emit('command:highlight', { color }));
      if (template.length > 0) Menu.buildFromTemplate(template).popup();
    });
  });
}
