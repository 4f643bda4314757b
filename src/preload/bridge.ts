import { EVENT_CHANNEL } from '../shared/ipcChannels';
import { isEventName, methodNames, type CallOutcome, type EventName } from '../shared/contract';
import type { PreloadApi } from './api';

/** The part of `ipcRenderer` the bridge uses; the object itself never reaches the page. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type PayloadListener = (payload: unknown) => void;

function isOutcome(value: unknown): value is CallOutcome<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * A call that never rejects: a failure to reach main (params that cannot be
 * cloned, no handler yet) becomes an `internal` outcome like any other, so
 * the renderer has a single error path.
 */
function invokeMethod(ipc: IpcRendererLike, method: string, params: unknown): Promise<CallOutcome<unknown>> {
  return ipc.invoke(method, params).then(
    (answer): CallOutcome<unknown> =>
      isOutcome(answer) ? answer : { ok: false, error: { code: 'internal', message: `Gloss sent a malformed answer to ${method}.` } },
    (error: unknown): CallOutcome<unknown> => ({
      ok: false,
      error: { code: 'internal', message: `The call ${method} could not reach Gloss: ${(error as Error)?.message ?? String(error)}` },
    }),
  );
}

/**
 * Builds the object exposed as `window.gloss`: exactly one function per
 * contract method and `on`. Events arrive on one channel and are dispatched
 * here by name; listeners receive the payload only, never the IPC event
 * (which would hand the page `ipcRenderer` through `event.sender`).
 */
export function createPreloadApi(ipc: IpcRendererLike): PreloadApi {
  const listeners = new Map<EventName, Set<PayloadListener>>();
  ipc.on(EVENT_CHANNEL, (_event, message) => {
    const { event, payload } = (message ?? {}) as { event?: unknown; payload?: unknown };
    if (!isEventName(event)) return;
    for (const listener of [...(listeners.get(event) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        console.error(`A listener of ${event} failed:`, error);
      }
    }
  });

  // Returned rather than paired with `off`: a function crossing the context bridge
  // is a new proxy each time, so it could never be recognised for removal.
  const on = (event: unknown, listener: unknown): (() => void) => {
    if (!isEventName(event)) throw new TypeError(`Unknown Gloss event: ${String(event).slice(0, 80)}`);
    if (typeof listener !== 'function') throw new TypeError('A Gloss event listener must be a function.');
    const set = listeners.get(event) ?? new Set<PayloadListener>();
    listeners.set(event, set);
    const entry: PayloadListener = (payload) => listener(payload);
    set.add(entry);
    return () => void set.delete(entry);
  };

  const calls = Object.fromEntries(methodNames.map((method) => [method, (params: unknown) => invokeMethod(ipc, method, params)]));
  return { ...calls, on } as unknown as PreloadApi;
}
