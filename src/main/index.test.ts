import { mkdtemp, readFile, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCK_LOST_MESSAGE } from '../core/callGate';
import { openCore } from '../core/openCore';
import { spawnLockHolder } from '../core/storage/testing/spawnLockHolder';
import { APP_ENTRY_URL } from './security';
import type * as ElectronMockModule from './testing/electronMock';

type ElectronMock = typeof ElectronMockModule;

/**
 * Runs the main entry against a fresh electron mock, as `electron . <args>`
 * would, and returns that mock. Module state is reset first because the entry
 * does its work on import.
 */
async function launch(args: string[]): Promise<ElectronMock> {
  vi.resetModules();
  const electron = await import('./testing/electronMock');
  electron.app.getAppPath = () => process.cwd();
  process.argv = ['electron', process.cwd(), ...args];
  await import('./index');
  return electron;
}

/** Emits before-quit as Electron does and waits for the app to exit. */
async function quit(electron: ElectronMock): Promise<number | null> {
  electron.app.emit('before-quit', { preventDefault: () => {} });
  await vi.waitFor(() => expect(electron.app.exitCode).not.toBeNull());
  return electron.app.exitCode;
}

describe('main entry', () => {
  const argv = process.argv;
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'gloss-main-'));
  });
  afterEach(async () => {
    process.argv = argv;
    vi.restoreAllMocks();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('opens the chosen data directory, binds IPC, shows the window and closes cleanly on quit', async () => {
    const electron = await launch([`--data-dir=${dataDir}`]);
    await vi.waitFor(() => expect(electron.MockBrowserWindow.windows).toHaveLength(1));
    expect(electron.app.getPath('userData')).toBe(dataDir);
    expect(electron.protocol.privilegedSchemes).toHaveLength(1);
    expect(electron.protocol.handlers.has('app')).toBe(true);
    expect(electron.MockBrowserWindow.windows[0]?.loadedUrl).toBe(APP_ENTRY_URL);

    const page = { url: APP_ENTRY_URL };
    const status = electron.ipcMain.handlers.get('app:status') as (event: unknown, params: unknown) => Promise<unknown>;
    await expect(status({ senderFrame: page, sender: { mainFrame: page } }, {})).resolves.toMatchObject({ ok: true, result: { dataDir } });

    expect(await quit(electron)).toBe(0);
    // Closing released the lock: another core can open the folder now.
    await (await openCore({ dataDir, resourcesDir: path.resolve('resources'), version: 'test' })).close();
  });

  it('brings the existing window forward when a second instance starts', async () => {
    const electron = await launch(['--data-dir', dataDir]);
    await vi.waitFor(() => expect(electron.MockBrowserWindow.windows).toHaveLength(1));
    const window = electron.MockBrowserWindow.windows[0]!;
    window.minimized = true;
    electron.app.emit('second-instance', {}, ['gloss', `--data-dir=${dataDir}`]);
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
    expect(window.webContents.sent).toEqual([]);
    // A second start by a gloss:// link hands the link to the window, which checks it and opens the passage.
    electron.app.emit('second-instance', {}, ['gloss', 'gloss://open?document=doc-1&start=3&end=9']);
    expect(window.webContents.sent).toEqual([{ channel: 'gloss:event', args: [{ event: 'link:open', payload: { address: 'gloss://open?document=doc-1&start=3&end=9' } }] }]);
    await quit(electron);
  });

  it('registers for gloss:// links, and a start by a link loads the page with the link to open', async () => {
    const link = 'gloss://open?document=doc-1&start=3&end=9';
    const electron = await launch([`--data-dir=${dataDir}`, link]);
    await vi.waitFor(() => expect(electron.MockBrowserWindow.windows).toHaveLength(1));
    expect(electron.app.protocolClients).toEqual(['gloss']);
    expect(electron.MockBrowserWindow.windows[0]?.loadedUrl).toBe(`${APP_ENTRY_URL}?open=${encodeURIComponent(link)}`);
    await quit(electron);
  });

  it('quits at once when another instance holds the single-instance lock', async () => {
    vi.resetModules();
    const electron = await import('./testing/electronMock');
    electron.app.hasSingleInstanceLock = false;
    process.argv = ['electron', process.cwd(), `--data-dir=${dataDir}`];
    await import('./index');
    expect(electron.app.quitRequested).toBe(true);
    expect(electron.MockBrowserWindow.windows).toHaveLength(0);
  });

  it('when another Gloss takes the data folder, refuses writes, says why in a dialog and quits', async () => {
    const electron = await launch([`--data-dir=${dataDir}`]);
    await vi.waitFor(() => expect(electron.MockBrowserWindow.windows).toHaveLength(1));
    // What a second Gloss does once this one's lock looks stale: remove it and take it.
    await rmdir(path.join(dataDir, 'gloss.lock'));
    const other = await spawnLockHolder(dataDir);
    try {
      const page = { url: APP_ENTRY_URL };
      const update = electron.ipcMain.handlers.get('settings:update') as (event: unknown, params: unknown) => Promise<unknown>;
      await expect(update({ senderFrame: page, sender: { mainFrame: page } }, { theme: 'dark' })).resolves.toMatchObject({
        ok: false,
        error: { code: 'closing', message: LOCK_LOST_MESSAGE },
      });
      expect(electron.dialog.errorBoxes).toEqual([{ title: 'Gloss stopped saving', content: LOCK_LOST_MESSAGE }]);
      expect(electron.app.quitRequested).toBe(true);
      expect(await quit(electron)).toBe(0);
      expect(JSON.parse(await readFile(path.join(dataDir, 'gloss.lock.owner.json'), 'utf8')).pid).toBe(other.child.pid);
    } finally {
      other.child.kill('SIGKILL');
      await other.exited;
    }
  });

  it('explains a data directory in use by another Gloss and exits with 1', async () => {
    const other = await openCore({ dataDir, resourcesDir: path.resolve('resources'), version: 'test' });
    try {
      const electron = await launch([`--data-dir=${dataDir}`]);
      await vi.waitFor(() => expect(electron.app.exitCode).toBe(1));
      expect(electron.dialog.errorBoxes[0]?.content).toContain(`Another Gloss is already using the data directory ${dataDir}`);
      expect(electron.MockBrowserWindow.windows).toHaveLength(0);
    } finally {
      await other.close();
    }
  });
});
