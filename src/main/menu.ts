import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** A packaged build hides reload and the developer tools. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu, built from Electron's standard roles so shortcuts,
 * labels and platform conventions come for free. Pure, so it is testable.
 */
export function appMenuTemplate({ isPackaged, platform }: MenuOptions): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = isPackaged ? [] : [{ role: 'reload' }, { role: 'toggleDevTools' }, separator];
  return [
    platform === 'darwin' ? { role: 'appMenu' } : { role: 'fileMenu' },
    {
      label: 'Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: 'View',
      submenu: [...developer, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, separator, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ];
}

/** Installs the application menu for this platform and build. */
export function installAppMenu(isPackaged: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ isPackaged, platform: process.platform })));
}
