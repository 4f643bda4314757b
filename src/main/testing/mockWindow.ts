/** The window side of the electron mock: BrowserWindow, its webContents and session. */
import { EventEmitter } from 'node:events';

type Listener = (...args: never[]) => unknown;

/** A `session` that remembers the handlers installed on it. */
export class MockSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  setPermissionRequestHandler(handler: Listener | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener | null): void {
    this.permissionCheckHandler = handler;
  }
}

/** A `webContents`: an event emitter that records what was sent and the window-open handler. */
export class MockWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly mainFrame = { url: '' };
  windowOpenHandler: Listener | null = null;
  session = new MockSession();
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
}

/** A `BrowserWindow` that records its options and the URL it loaded. */
export class MockBrowserWindow extends EventEmitter {
  static windows: MockBrowserWindow[] = [];
  static getAllWindows(): MockBrowserWindow[] {
    return [...MockBrowserWindow.windows];
  }
  readonly webContents = new MockWebContents();
  loadedUrl: string | null = null;
  backgroundColor: string | null = null;
  destroyed = false;
  minimized = false;
  focused = false;
  visible = false;
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    MockBrowserWindow.windows.push(this);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused = true;
  }
  show(): void {
    this.visible = true;
  }
  setBackgroundColor(color: string): void {
    this.backgroundColor = color;
  }
}
