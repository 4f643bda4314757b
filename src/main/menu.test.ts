import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { ACTIONS } from '../shared/actions';
import { appMenuTemplate, type MenuOptions } from './menu';

/** Every role in a template, depth first. */
function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
}

/** Every item with an id (the actions), depth first. */
function actionItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [...(item.id ? [item] : []), ...(Array.isArray(item.submenu) ? actionItems(item.submenu) : [])]);
}

const template = (options: Partial<MenuOptions> = {}) => appMenuTemplate({ isPackaged: true, platform: 'linux', send: () => undefined, ...options });

describe('appMenuTemplate', () => {
  it('offers the standard editing commands', () => {
    expect(roles(template())).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'windowMenu']));
  });

  it('hides reload and the developer tools in a packaged build', () => {
    const packaged = roles(template({ platform: 'win32' }));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(roles(template({ isPackaged: false }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('follows the platform convention for the first menu', () => {
    expect(template({ platform: 'darwin' })[0]?.role).toBe('appMenu');
    expect(template()[0]?.role).toBe('fileMenu');
  });

  it('has a menu per group of the action list, every action that is not a native key in it, sending its id', () => {
    const sent: string[] = [];
    const menus = template({ send: (id) => sent.push(id) });
    expect(menus.map((menu) => menu.label ?? menu.role)).toEqual(['fileMenu', 'Edit', 'View', 'Library', 'Tags', 'Reading', 'Highlights', 'Flashcards', 'Review', 'Editing the text', 'App', 'windowMenu']);
    const items = actionItems(menus);
    expect(items.map((item) => item.id)).toEqual(ACTIONS.filter((action) => !action.native).map((action) => action.id).sort((a, b) => order(a) - order(b)));
    const next = items.find((item) => item.id === 'highlights.next')!;
    expect(next).toMatchObject({ label: 'Next highlight', accelerator: 'J', registerAccelerator: false });
    next.click!({} as never, undefined, {} as never);
    expect(sent).toEqual(['highlights.next']);
  });

  it('on a Mac shows only keys with Cmd or Alt, which it can show without taking them', () => {
    const items = actionItems(template({ platform: 'darwin' }));
    expect(items.find((item) => item.id === 'highlights.next')?.accelerator).toBeUndefined();
    expect(items.find((item) => item.id === 'app.palette')?.accelerator).toBe('CmdOrCtrl+K');
  });
});

/** The menus list the groups in the sheet's order; within a group, the action list's order. */
function order(id: string): number {
  const groups = ['library', 'tags', 'reading', 'highlights', 'cards', 'review', 'editing', 'app'];
  const action = ACTIONS.find((a) => a.id === id)!;
  return groups.indexOf(action.group) * 1000 + ACTIONS.indexOf(action);
}
