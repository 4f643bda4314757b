import { GLOSS_SCHEME, OPEN_LINK_PARAM } from '../shared/export/glossLink';
import { EVENT_CHANNEL, type EventMessage } from '../shared/ipcChannels';

/*
 * gloss:// links reach the app three ways: as an argument of the start that
 * the link launched (Windows, Linux), as an argument the operating system
 * passes to a second start, which the running app receives in its
 * 'second-instance' event, and as macOS's 'open-url' event. The link is
 * only handed on here; the window checks it (parseGlossLink) before
 * following it, as it would any untrusted address.
 */

/** Longest address handed on: a passage link is far shorter, anything longer is not one. */
const MAX_LINK_LENGTH = 2048;

/** The first gloss:// address among a start's arguments, or null. */
export function linkInArgs(args: readonly string[]): string | null {
  return args.find((arg) => arg.length <= MAX_LINK_LENGTH && arg.toLowerCase().startsWith(`${GLOSS_SCHEME}://`)) ?? null;
}

/** The page address that opens `link` once the page has loaded; the entry page itself without one. */
export function entryUrlOpening(entryUrl: string, link: string | null): string {
  return link === null ? entryUrl : `${entryUrl}?${OPEN_LINK_PARAM}=${encodeURIComponent(link)}`;
}

/** The window a link is handed to. */
export interface LinkRecipient {
  isDestroyed(): boolean;
  webContents: { send(channel: string, message: EventMessage): void };
}

/**
 * Hands links to the open window as the `link:open` event; a link that
 * arrives while there is no window (macOS opens the app before it has one)
 * is kept for the window about to open, which loads it with its page.
 */
export function createLinkDelivery(currentWindow: () => LinkRecipient | null) {
  let pending: string | null = null;
  return {
    deliver(address: string): void {
      if (address.length > MAX_LINK_LENGTH) return;
      const window = currentWindow();
      if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, { event: 'link:open', payload: { address } });
      else pending = address;
    },
    /** The link kept for the next window, once. */
    takePending(): string | null {
      const link = pending;
      pending = null;
      return link;
    },
  };
}

/** What registering as the gloss:// handler needs of Electron's app and process. */
export interface LinkHandlerHost {
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
}

/**
 * Asks the operating system to send gloss:// links to this app. A packaged
 * app is its own executable; run from source (`electron .`), Electron must
 * be told which app folder to start.
 */
export function registerAsLinkHandler(app: LinkHandlerHost, runFromSource: { execPath: string; appPath: string } | null): boolean {
  return runFromSource ? app.setAsDefaultProtocolClient(GLOSS_SCHEME, runFromSource.execPath, [runFromSource.appPath]) : app.setAsDefaultProtocolClient(GLOSS_SCHEME);
}
