import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../core/events';
import { openCore, type Core } from '../core/openCore';
import { GlossError, methodNames } from '../shared/contract';
import { bindIpc, handleIpcCall, type IpcSenderLike } from './ipc';
import { EVENT_CHANNEL } from '../shared/ipcChannels';
import { APP_ENTRY_URL } from './security';
import { ipcMain, MockBrowserWindow, resetElectronMock } from './testing/electronMock';

/** An IPC event as Electron builds it: the frame that sent it, and its window's main frame. */
function senderEvent(url: string, { subframe = false } = {}): IpcSenderLike {
  const mainFrame = { url };
  return { senderFrame: subframe ? { url } : mainFrame, sender: { mainFrame } };
}

function fakeCore(call: Core['call']): Pick<Core, 'call' | 'events'> {
  return { call, events: new EventBus() };
}

describe('handleIpcCall', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('answers a call from the app page with the result', async () => {
    const call = vi.fn(async () => ({ documents: [] }));
    const outcome = await handleIpcCall(fakeCore(call), 'library:list', senderEvent(APP_ENTRY_URL), {});
    expect(outcome).toEqual({ ok: true, result: { documents: [] } });
    expect(call).toHaveBeenCalledWith('library:list', {});
  });

  it.each([
    ['a foreign page', senderEvent('https://evil.com/')],
    ['a lookalike app host', senderEvent('app://gloss.evil.com/index.html')],
    ['a file page', senderEvent('file:///tmp/index.html')],
    ['a subframe of the app page', senderEvent(APP_ENTRY_URL, { subframe: true })],
    ['a frame that is gone', { senderFrame: null, sender: { mainFrame: {} } }],
    ['an event without a frame', { sender: { mainFrame: {} } }],
  ])('refuses %s without reaching the core', async (_label, event) => {
    const call = vi.fn(async () => ({}));
    const outcome = await handleIpcCall(fakeCore(call), 'library:list', event, {});
    expect(outcome).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses a frame whose getters throw because it was disposed', async () => {
    const mainFrame = {};
    const disposed = { sender: { mainFrame }, get senderFrame(): { url: string } { throw new Error('Render frame was disposed'); } };
    const call = vi.fn(async () => ({}));
    expect(await handleIpcCall(fakeCore(call), 'library:list', disposed, {})).toMatchObject({ ok: false });
    expect(call).not.toHaveBeenCalled();
  });

  it('keeps the code and message of a GlossError', async () => {
    const core = fakeCore(async () => {
      throw new GlossError('not_found', 'No document with id abc.');
    });
    const outcome = await handleIpcCall(core, 'document:open', senderEvent(APP_ENTRY_URL), { id: 'abc' });
    expect(outcome).toEqual({ ok: false, error: { code: 'not_found', message: 'No document with id abc.' } });
  });

  it('keeps what a GlossError points at, so the page can show the card that exists', async () => {
    const core = fakeCore(async () => {
      throw new GlossError('conflict', 'This card exists already.', { documentId: 'doc-1', cardId: 'card-1' });
    });
    const outcome = await handleIpcCall(core, 'card:create', senderEvent(APP_ENTRY_URL), {});
    expect(outcome).toEqual({ ok: false, error: { code: 'conflict', message: 'This card exists already.', details: { documentId: 'doc-1', cardId: 'card-1' } } });
  });

  it('does not leak the message of an unexpected error, but logs it', async () => {
    const core = fakeCore(async () => {
      throw new Error("EACCES: permission denied, open '/home/alice/secret/library.json'");
    });
    const outcome = await handleIpcCall(core, 'library:list', senderEvent(APP_ENTRY_URL), {});
    expect(outcome).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(outcome)).not.toMatch(/EACCES|alice|library\.json/);
    expect(console.error).toHaveBeenCalled();
  });

  it('does not leak non-Error throwables either', async () => {
    const outcome = await handleIpcCall(fakeCore(() => Promise.reject('raw string secret')), 'library:list', senderEvent(APP_ENTRY_URL), {});
    expect(JSON.stringify(outcome)).not.toContain('secret');
  });
});

describe('handleIpcCall with the real core', () => {
  let dataDir: string;
  let core: Core;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'gloss-ipc-'));
    core = await openCore({ dataDir, resourcesDir: path.resolve('resources'), version: '0.0.0-test' });
  });
  afterEach(async () => {
    await core.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('turns invalid params into an invalid_params outcome', async () => {
    const app = senderEvent(APP_ENTRY_URL);
    for (const params of [{ id: '../../etc/passwd' }, { id: 42 }, 'not an object', { id: 'abc', extra: true }]) {
      const outcome = await handleIpcCall(core, 'document:open', app, params);
      expect(outcome, JSON.stringify(params)).toMatchObject({ ok: false, error: { code: 'invalid_params' } });
    }
  });

  it('answers a valid call', async () => {
    const outcome = await handleIpcCall(core, 'app:status', senderEvent(APP_ENTRY_URL), {});
    expect(outcome).toMatchObject({ ok: true, result: { version: '0.0.0-test', dataDir } });
  });
});

describe('bindIpc', () => {
  beforeEach(() => resetElectronMock());

  it('handles exactly the contract methods, and unbinds them', () => {
    const unbind = bindIpc(fakeCore(async () => ({})), ipcMain);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...methodNames].sort());
    unbind();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('routes a call through the sender check to the core', async () => {
    const call = vi.fn(async () => ({ ok: true }));
    bindIpc(fakeCore(call), ipcMain);
    const handler = ipcMain.handlers.get('app:dismissNotice') as (event: IpcSenderLike, params: unknown) => Promise<unknown>;
    expect(await handler(senderEvent(APP_ENTRY_URL), { id: 'n1' })).toEqual({ ok: true, result: { ok: true } });
    expect(call).toHaveBeenCalledWith('app:dismissNotice', { id: 'n1' });
  });

  it('pushes core events to every live window until unbound', () => {
    const core = fakeCore(async () => ({}));
    const open = new MockBrowserWindow();
    const closed = new MockBrowserWindow();
    closed.destroyed = true;
    const unbind = bindIpc(core, ipcMain);
    core.events.emit('action:run', { id: 'app.palette' });
    expect(open.webContents.sent).toEqual([{ channel: EVENT_CHANNEL, args: [{ event: 'action:run', payload: { id: 'app.palette' } }] }]);
    expect(closed.webContents.sent).toEqual([]);
    unbind();
    core.events.emit('library:changed', {});
    expect(open.webContents.sent).toHaveLength(1);
  });
});
