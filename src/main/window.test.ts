import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from './security';
import { nativeTheme, resetElectronMock, shell, type MockBrowserWindow } from './testing/electronMock';
import { createMainWindow, THEME_BACKGROUND } from './window';

/** A navigation event as Electron passes it to `will-navigate` listeners. */
function navigation(url: string) {
  return { url, defaultPrevented: false, preventDefault(): void { this.defaultPrevented = true; } };
}

function openWindow(): MockBrowserWindow {
  return createMainWindow('/app/out/preload/index.cjs') as unknown as MockBrowserWindow;
}

/** Lets the fire-and-forget opener finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createMainWindow', () => {
  beforeEach(() => {
    resetElectronMock();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('locks the page down and loads the app entry', () => {
    const window = openWindow();
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(window.loadedUrl).toBe(APP_ENTRY_URL);
  });

  it('stays hidden until the page has painted', () => {
    const window = openWindow();
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('lets in-app navigation happen', () => {
    const event = navigation('app://gloss/index.html#/review');
    openWindow().webContents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('sends web links to the system browser instead of navigating', async () => {
    const event = navigation('https://example.com/article');
    openWindow().webContents.emit('will-navigate', event);
    await settle();
    expect(event.defaultPrevented).toBe(true);
    expect(shell.opened).toEqual(['https://example.com/article']);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', '\\\\evil\\share', 'smb://evil/x', 'app://gloss.evil.com/'])(
    'blocks navigation to %s and opens nothing',
    async (url) => {
      const event = navigation(url);
      openWindow().webContents.emit('will-navigate', event);
      await settle();
      expect(event.defaultPrevented).toBe(true);
      expect(shell.opened).toEqual([]);
    },
  );

  it('blocks redirects away from the app', () => {
    const event = navigation('https://evil.com/');
    openWindow().webContents.emit('will-redirect', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('never opens a new window, but hands web links to the browser', async () => {
    const handler = openWindow().webContents.windowOpenHandler as (details: { url: string }) => unknown;
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://gloss/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await settle();
    expect(shell.opened).toEqual(['https://example.com/']);
  });

  it('refuses to attach webviews', () => {
    const event = navigation('');
    openWindow().webContents.emit('will-attach-webview', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies every permission request and check', () => {
    const { session } = openWindow().webContents;
    const answers: boolean[] = [];
    const request = session.permissionRequestHandler as (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    request({}, 'media', (granted) => answers.push(granted));
    request({}, 'notifications', (granted) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    const check = session.permissionCheckHandler as (contents: unknown, permission: string) => boolean;
    expect(check({}, 'clipboard-read')).toBe(false);
  });

  it('paints the background of the current colour scheme and follows changes until closed', () => {
    nativeTheme.shouldUseDarkColors = true;
    const window = openWindow();
    expect(window.options.backgroundColor).toBe(THEME_BACKGROUND.dark);
    nativeTheme.shouldUseDarkColors = false;
    nativeTheme.emit('updated');
    expect(window.backgroundColor).toBe(THEME_BACKGROUND.light);
    window.emit('closed');
    expect(nativeTheme.listenerCount('updated')).toBe(0);
  });
});
