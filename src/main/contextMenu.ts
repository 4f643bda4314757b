import { Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';
import type { Core } from '../core/openCore';
import { actionById, type Action } from '../shared/actions';
import type { Settings } from '../shared/contract';
import { actionMenuItem, sendActionTo } from './actionMenus';

/** What the context menu needs to know of a right-click. */
export interface ContextClick {
  selectionText: string;
  isEditable: boolean;
}

const action = (id: string): Action => {
  const found = actionById(id);
  if (!found) throw new Error(`The context menu names an action that does not exist: ${id}`);
  return found;
};

/**
 * The items of the text's context menu, from the action list: with a
 * selection, "Highlight the selection" in the current colour, "Highlight as"
 * with each colour by its name, and Copy; in an editable field (a note), the
 * usual edit roles. Choosing one sends its action's id to the renderer.
 */
export function contextMenuTemplate(click: ContextClick, settings: Pick<Settings, 'categories'>, send: (id: string) => void, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const hasSelection = click.selectionText.trim() !== '';
  const items: MenuItemConstructorOptions[] = [];
  if (hasSelection) {
    items.push(
      actionMenuItem(action('highlights.highlight'), send, platform),
      { label: 'Highlight as', submenu: settings.categories.map((category, index) => actionMenuItem(action(`highlights.colour${index + 1}`), send, platform, category.name)) },
      { type: 'separator' },
    );
  }
  if (click.isEditable) items.push({ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' });
  else if (hasSelection) items.push({ role: 'copy' });
  return items;
}

/** Shows the context menu on right-click; a chosen action goes to this window's renderer by its id. */
export function installContextMenu(contents: WebContents, core: Pick<Core, 'call'>): void {
  contents.on('context-menu', (_event, params) => {
    void core.call('settings:get', {}).then((settings) => {
      const template = contextMenuTemplate(params, settings, (id) => sendActionTo(contents, id));
      if (template.length > 0) Menu.buildFromTemplate(template).popup();
    });
  });
}
