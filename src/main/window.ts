import { BrowserWindow, nativeTheme, shell, type Session, type WebContents } from 'electron';
import { openExternalSafely } from './externalLinks';
import { entryUrlOpening } from './glossLinks';
import { APP_ENTRY_URL, navigationDecision, permissionDecision } from './security';

/**
 * Window background per colour scheme, shown before the page paints; it
 * should match the renderer's own page background so launch does not flash.
 */
// The renderer's --surface colours (styles/tokens.css), so the window never flashes another colour at launch.
export const THEME_BACKGROUND = { dark: '#1b1e23', light: '#fbfaf6' } as const;

/** The background matching the operating system's current colour scheme. */
export function themeBackground(): string {
  return nativeTheme.shouldUseDarkColors ? THEME_BACKGROUND.dark : THEME_BACKGROUND.light;
}

const openInBrowser = (url: string): Promise<void> => shell.openExternal(url);

/**
 * Keeps a page where it belongs: navigation stays inside the app, web links
 * go to the system browser, and nothing may open a window, redirect away or
 * attach a <webview>.
 */
export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    const decision = navigationDecision(event.url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') void openExternalSafely(event.url, openInBrowser);
  });
  contents.on('will-redirect', (event) => {
    if (navigationDecision(event.url) !== 'allow') event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (navigationDecision(url) === 'open-external') void openExternalSafely(url, openInBrowser);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Refuses every web permission request and check (camera, notifications, …): Gloss needs none. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(permissionDecision()));
  session.setPermissionCheckHandler(() => permissionDecision());
}

/** Creates the main window on the app's entry page, shown once it has painted. */
export function createMainWindow(preloadPath: string, openLink: string | null = null): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Gloss',
    width: 1280,
    height: 860,
    minWidth: 640,
    minHeight: 480,
    show: false,
    backgroundColor: themeBackground(),
    // Written out here, not built by a helper, so reviewers and Electronegativity see them at the call.
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would otherwise try to open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  guardNavigation(window.webContents);
  denyPermissions(window.webContents.session);

  const followTheme = (): void => window.setBackgroundColor(themeBackground());
  nativeTheme.on('updated', followTheme);
  window.on('closed', () => nativeTheme.off('updated', followTheme));
  window.once('ready-to-show', () => window.show());

  window.loadURL(entryUrlOpening(APP_ENTRY_URL, openLink)).catch((error: unknown) => console.error('Gloss could not load its page:', error));
  return window;
}
