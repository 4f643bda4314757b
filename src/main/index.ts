/**
 * The Electron main process: lifecycle only. Policy lives in security.ts,
 * the IPC door in ipc.ts, the window in window.ts, everything the app does
 * with data in src/core.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { openCore, type Core } from '../core/openCore';
import { installContextMenu } from './contextMenu';
import { createLinkDelivery, linkInArgs, registerAsLinkHandler } from './glossLinks';
import { bindIpc } from './ipc';
import { dataDirOverride, resourcesDir } from './launchOptions';
import { installAppMenu } from './menu';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { closeBeforeQuit } from './quitGuard';
import { explainStartupError } from './startupError';
import { createMainWindow } from './window';

// This file is bundled to out/main/index.js; the renderer and preload builds are its siblings.
const OUT_DIR = fileURLToPath(new URL('..', import.meta.url));
const RENDERER_ROOT = join(OUT_DIR, 'renderer');
const PRELOAD_PATH = join(OUT_DIR, 'preload', 'index.cjs');

// A chosen data directory is also Electron's userData, so Chromium's profile and,
// above all, the single-instance lock belong to it: two Gloss windows on two
// folders may run side by side, as the "already in use" message promises.
const customDataDir = dataDirOverride(process.argv, process.env);
if (customDataDir !== null) {
  mkdirSync(customDataDir, { recursive: true });
  app.setPath('userData', customDataDir);
}
registerAppScheme(); // only possible before `ready`

let mainWindow: BrowserWindow | null = null;
/** gloss:// links (see glossLinks.ts): the one this start was given, then those handed on while it runs. */
const links = createLinkDelivery(() => mainWindow);
let startLink = linkInArgs(process.argv);
// macOS hands links over by event, even the one that launched the app, possibly before there is a window.
app.on('open-url', (event, address) => {
  event.preventDefault();
  links.deliver(address);
});

function showMainWindow(core: Core): void {
  const window = createMainWindow(PRELOAD_PATH, links.takePending() ?? startLink);
  startLink = null;
  installContextMenu(window.webContents, core);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

/** Shows why the app cannot go on, then leaves with a failure code. */
function fail(error: unknown, dataDir: string): void {
  const report = explainStartupError(error, dataDir);
  if (!report.expected) console.error(error);
  dialog.showErrorBox(report.title, report.message);
  app.exit(1);
}

async function openCoreFor(dataDir: string): Promise<Core> {
  return openCore({
    dataDir,
    resourcesDir: resourcesDir({ isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath }),
    version: app.getVersion(),
    onLockLost: (message) => {
      // Another process may now write the folder: the core already refuses writes; say why, then close.
      dialog.showErrorBox('Gloss stopped saving', message);
      app.quit();
    },
  });
}

async function start(): Promise<void> {
  const dataDir = customDataDir ?? app.getPath('userData');
  app.on('second-instance', (_event, argv: string[]) => {
    const link = linkInArgs(argv);
    if (link) links.deliver(link);
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  await app.whenReady();
  registerAsLinkHandler(app, process.defaultApp ? { execPath: process.execPath, appPath: app.getAppPath() } : null);
  installAppMenu(app.isPackaged, () => BrowserWindow.getFocusedWindow() ?? mainWindow);
  registerAppProtocol(RENDERER_ROOT);
  let core: Core;
  try {
    core = await openCoreFor(dataDir);
  } catch (error) {
    fail(error, dataDir);
    return;
  }
  closeBeforeQuit(app, () => core.close());
  bindIpc(core, ipcMain);
  showMainWindow(core);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showMainWindow(core);
  });
}

if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => fail(error, customDataDir ?? app.getPath('userData')));
} else {
  // Another Gloss owns this folder; its 'second-instance' handler brings its window forward.
  app.quit();
}
