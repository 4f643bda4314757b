import { EventEmitter } from 'node:events';

/** The electron mock's `app`: records quit and exit requests and keeps paths in a map. */
export class MockApp extends EventEmitter {
  isPackaged = false;
  exitCode: number | null = null;
  quitRequested = false;
  hasSingleInstanceLock = true;
  readonly paths = new Map<string, string>([['userData', '/tmp/gloss-mock-user-data']]);
  getPath(name: string): string {
    return this.paths.get(name) ?? `/tmp/gloss-mock-${name}`;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  getAppPath(): string {
    return '/tmp/gloss-mock-app';
  }
  readonly protocolClients: string[] = [];
  setAsDefaultProtocolClient(protocol: string): boolean {
    this.protocolClients.push(protocol);
    return true;
  }
  requestSingleInstanceLock(): boolean {
    return this.hasSingleInstanceLock;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  quit(): void {
    this.quitRequested = true;
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
}
