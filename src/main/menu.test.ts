import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate } from './menu';

/** Every role in a template, depth first. */
function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('appMenuTemplate', () => {
  it('offers the standard editing commands', () => {
    const all = roles(appMenuTemplate({ isPackaged: true, platform: 'linux' }));
    expect(all).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'windowMenu']));
  });

  it('hides reload and the developer tools in a packaged build', () => {
    const packaged = roles(appMenuTemplate({ isPackaged: true, platform: 'win32' }));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(roles(appMenuTemplate({ isPackaged: false, platform: 'linux' }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('follows the platform convention for the first menu', () => {
    expect(appMenuTemplate({ isPackaged: true, platform: 'darwin' })[0]?.role).toBe('appMenu');
    expect(appMenuTemplate({ isPackaged: true, platform: 'linux' })[0]?.role).toBe('fileMenu');
  });
});
