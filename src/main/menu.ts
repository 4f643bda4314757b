import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { actionMenus, sendActionTo } from './actionMenus';

export interface MenuOptions {
  /** A packaged build hides reload and the developer tools. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** Sends a chosen action's id to the window the menu acts on. */
  send: (id: string) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu: Electron's standard roles (so editing, zoom and
 * platform conventions come for free), and a menu per group of the
 * renderer's action list, generated from it. Pure, so it is testable.
 */
export function appMenuTemplate({ isPackaged, platform, send }: MenuOptions): MenuItemConstructorOptions[] {
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
    ...actionMenus(send, platform),
    { role: 'windowMenu' },
  ];
}

/** Installs the application menu for this platform and build; its actions go to the focused window. */
export function installAppMenu(isPackaged: boolean, focusedWindow: () => BrowserWindow | null): void {
  const send = (id: string): void => {
    const window = focusedWindow();
    if (window && !window.isDestroyed()) sendActionTo(window.webContents, id);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ isPackaged, platform: process.platform, send })));
}
