/**
 * A minimal stand-in for the `electron` module, which vitest substitutes for
 * the real one (see vitest.config.ts): importing the real package would try to
 * download Electron's binary. It holds only what main and preload touch, as
 * plain objects that record what was done to them; tests inspect those
 * records by importing this file directly, and spy with `vi.spyOn` when they
 * need more. Call `resetElectronMock()` between tests.
 */
import { EventEmitter } from 'node:events';
import { MockApp } from './mockApp';
import { MockBrowserWindow, MockSession } from './mockWindow';

export { MockBrowserWindow, MockSession, MockWebContents } from './mockWindow';

type Listener = (...args: never[]) => unknown;

export const BrowserWindow = MockBrowserWindow;

/** `ipcMain`: keeps the handlers by channel so tests can invoke them. */
export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
};

/** `ipcRenderer`: an emitter whose `invoke` answers through a replaceable responder. */
class MockIpcRenderer extends EventEmitter {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  responder: (channel: string, ...args: unknown[]) => unknown = () => undefined;
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return this.responder(channel, ...args);
  }
}
export const ipcRenderer = new MockIpcRenderer();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

export const protocol = {
  privilegedSchemes: [] as unknown[],
  handlers: new Map<string, Listener>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: Listener): void {
    this.handlers.set(scheme, handler);
  },
};

export const net = { fetch: (input: string | Request, init?: RequestInit) => fetch(input, init) };

export const shell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  },
};

export const session = { defaultSession: new MockSession() };

export const dialog = {
  errorBoxes: [] as { title: string; content: string }[],
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  },
};

class MockNativeTheme extends EventEmitter {
  shouldUseDarkColors = false;
  themeSource: 'system' | 'light' | 'dark' = 'system';
}
export const nativeTheme = new MockNativeTheme();

export const Menu = {
  applicationMenu: null as unknown,
  buildFromTemplate(template: unknown[]): { template: unknown[] } {
    return { template };
  },
  setApplicationMenu(menu: unknown): void {
    this.applicationMenu = menu;
  },
};

export const app = new MockApp();

/** Forgets everything recorded, so tests do not see each other's windows and handlers. */
export function resetElectronMock(): void {
  MockBrowserWindow.windows = [];
  ipcMain.handlers.clear();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invocations.length = 0;
  ipcRenderer.responder = () => undefined;
  contextBridge.exposed.clear();
  protocol.privilegedSchemes.length = 0;
  protocol.handlers.clear();
  shell.opened.length = 0;
  session.defaultSession = new MockSession();
  dialog.errorBoxes.length = 0;
  nativeTheme.removeAllListeners();
  nativeTheme.shouldUseDarkColors = false;
  Menu.applicationMenu = null;
  app.removeAllListeners();
  app.isPackaged = false;
  app.exitCode = null;
  app.quitRequested = false;
  app.hasSingleInstanceLock = true;
}
