import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { closeBeforeQuit } from './quitGuard';

class FakeApp extends EventEmitter {
  exitCodes: number[] = [];
  exit(code = 0): void {
    this.exitCodes.push(code);
  }
  /** Emits before-quit as Electron does and reports whether a listener held it back. */
  quit(): boolean {
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    return prevented;
  }
}

describe('closeBeforeQuit', () => {
  it('holds the quit until closing finished, then exits 0', async () => {
    const app = new FakeApp();
    let finish = (): void => {};
    const close = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    closeBeforeQuit(app, close);
    expect(app.quit()).toBe(true);
    expect(app.exitCodes).toEqual([]);
    finish();
    await vi.waitFor(() => expect(app.exitCodes).toEqual([0]));
  });

  it('closes only once however often quit is asked for', async () => {
    const app = new FakeApp();
    const close = vi.fn(() => new Promise<void>(() => {}));
    closeBeforeQuit(app, close);
    app.quit();
    expect(app.quit()).toBe(true);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('still exits, with code 1, when closing fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = new FakeApp();
    closeBeforeQuit(app, () => Promise.reject(new Error('disk gone')));
    app.quit();
    await vi.waitFor(() => expect(app.exitCodes).toEqual([1]));
  });
});
