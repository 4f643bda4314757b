import { isEventName, type CallOutcome, type EventListener, type EventName } from '../../shared/contract';
import type { Transport } from './glossApi';
import { ApiError } from './unwrapOutcome';
import { parseServerSentEvents } from './serverSentEvents';

const TOKEN_KEY = 'gloss.token';
const KEEPALIVE_LIMIT = 60_000;

/**
 * Takes the launch token from the address fragment (#token=…), keeps it for
 * this tab's reloads, and removes it from the address bar so it is not
 * copied, bookmarked or shown.
 */
export function takeLaunchToken(location: Location, storage: Storage): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match) {
    storage.setItem(TOKEN_KEY, match[1]!);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1]!;
  }
  return storage.getItem(TOKEN_KEY);
}

/** The browser-mode transport: POST /api/<method> and a fetch-read event stream, both with the token. */
export function createHttpTransport(location: Location, storage: Storage, fetchFn: typeof fetch): Transport {
  const token = takeLaunchToken(location, storage);
  const headers = { Authorization: `Bearer ${token ?? ''}`, 'Content-Type': 'application/json' };
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let streaming = false;

  const startStream = async (): Promise<void> => {
    streaming = true;
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetchFn('/api/events', { headers });
        if (!response.ok || !response.body) throw new Error(`event stream answered ${response.status}`);
        attempt = 0;
        for await (const { event, data } of parseServerSentEvents(response.body)) {
          if (isEventName(event)) listeners.get(event)?.forEach((listener) => listener(JSON.parse(data)));
        }
      } catch {
        // The server restarted or the connection dropped: retry with a growing pause.
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** attempt)));
    }
  };

  return {
    async call(method, params): Promise<CallOutcome<unknown>> {
      if (!token) throw new ApiError('unauthorized', 'This page has no access token. Open Gloss with the address it printed when it started.');
      let response: Response;
      try {
        const body = JSON.stringify(params);
        // keepalive lets a small last call (a reading position) finish while the tab closes; browsers cap it at 64 KB.
        response = await fetchFn(`/api/${method}`, { method: 'POST', headers, body, keepalive: body.length < KEEPALIVE_LIMIT });
      } catch {
        throw new ApiError('network', 'Gloss is not running any more. Start it again, then reload this page.');
      }
      if (response.status === 401) throw new ApiError('unauthorized', 'The access token is no longer valid. Open Gloss with the address it printed when it started.');
      return (await response.json()) as CallOutcome<unknown>;
    },
    on<E extends EventName>(event: E, listener: EventListener<E>): () => void {
      if (!streaming && token) void startStream();
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
}
