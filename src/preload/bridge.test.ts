import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL } from '../shared/ipcChannels';
import { contextBridge, ipcRenderer, resetElectronMock } from '../main/testing/electronMock';
import { methodNames } from '../shared/contract';
import type { PreloadApi } from './api';
import { createPreloadApi } from './bridge';

/** Delivers a message as main would, with the IPC event first. */
function push(message: unknown): void {
  ipcRenderer.emit(EVENT_CHANNEL, { sender: ipcRenderer }, message);
}

describe('createPreloadApi', () => {
  let api: PreloadApi;

  beforeEach(() => {
    resetElectronMock();
    api = createPreloadApi(ipcRenderer);
  });
  afterEach(() => vi.restoreAllMocks());

  it('has exactly one function per contract method, plus on', () => {
    expect(Object.keys(api).sort()).toEqual([...methodNames, 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('invokes the method channel with the params and resolves to the envelope', async () => {
    ipcRenderer.responder = () => ({ ok: true, result: { documents: [] } });
    await expect(api['library:list']({})).resolves.toEqual({ ok: true, result: { documents: [] } });
    expect(ipcRenderer.invocations).toEqual([{ channel: 'library:list', args: [{}] }]);
  });

  it('passes error envelopes through untouched', async () => {
    const refusal = { ok: false, error: { code: 'not_found', message: 'No such document.' } };
    ipcRenderer.responder = () => refusal;
    await expect(api['document:open']({ id: 'x' })).resolves.toEqual(refusal);
  });

  it('turns a failed invoke into an internal outcome instead of rejecting', async () => {
    ipcRenderer.responder = () => {
      throw new Error('An object could not be cloned.');
    };
    await expect(api['settings:get']({})).resolves.toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('could not be cloned') } });
  });

  it('turns a malformed answer into an internal outcome', async () => {
    ipcRenderer.responder = () => 'surprise';
    await expect(api['settings:get']({})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('delivers only the payload of a subscribed event, until unsubscribed', () => {
    const seen: unknown[] = [];
    const off = api.on('action:run', (payload) => seen.push(payload));
    push({ event: 'action:run', payload: { id: 'abc' } });
    push({ event: 'library:changed', payload: {} });
    off();
    off();
    push({ event: 'action:run', payload: { id: 'def' } });
    expect(seen).toEqual([{ id: 'abc' }]);
  });

  it('ignores malformed or unknown pushed messages', () => {
    const listener = vi.fn();
    api.on('library:changed', listener);
    for (const message of [undefined, null, 'library:changed', { event: 'constructor' }, { event: '__proto__', payload: {} }]) push(message);
    expect(listener).not.toHaveBeenCalled();
  });

  it('refuses to subscribe to names that are not events', () => {
    const on = api.on as (event: unknown, listener: unknown) => () => void;
    for (const name of ['gloss:event', 'toString', '__proto__', 'hasOwnProperty', '', 42]) {
      expect(() => on(name, () => {})).toThrow(TypeError);
    }
    expect(() => on('library:changed', 'not a function')).toThrow(TypeError);
  });

  it('keeps notifying other listeners when one throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const good = vi.fn();
    api.on('app:notice', () => {
      throw new Error('renderer bug');
    });
    api.on('app:notice', good);
    push({ event: 'app:notice', payload: { id: 'n1' } });
    expect(good).toHaveBeenCalledWith({ id: 'n1' });
  });
});

describe('preload entry', () => {
  // Not vi.resetModules(): that would also give the entry a fresh copy of the mock.
  beforeEach(() => resetElectronMock());

  it('exposes the API as window.gloss and nothing else', async () => {
    await import('./index');
    expect([...contextBridge.exposed.keys()]).toEqual(['gloss']);
    const exposed = contextBridge.exposed.get('gloss') as Record<string, unknown>;
    expect(Object.keys(exposed).sort()).toEqual([...methodNames, 'on'].sort());
    expect(Object.values(exposed).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(exposed)).not.toContain(ipcRenderer);
  });
});
