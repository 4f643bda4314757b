import { methodNames, type CallOutcome, type EventSubscriber, type GlossCalls, type MethodName } from '../../shared/contract';
import { createHttpTransport } from './httpTransport';
import { unwrapOutcome } from './unwrapOutcome';

/** What components use: one typed function per contract method, plus events. */
export type GlossApi = GlossCalls & EventSubscriber;

/** A door as seen from the renderer: a raw call returning the outcome envelope, and events. */
export interface Transport extends EventSubscriber {
  call(method: MethodName, params: unknown): Promise<CallOutcome<unknown>>;
}

/** Builds the typed API over a transport, one function per method. */
export function createGlossApi(transport: Transport): GlossApi {
  const calls = Object.fromEntries(
    methodNames.map((name) => [name, async (params: unknown) => unwrapOutcome(await transport.call(name, params ?? {}))]),
  ) as unknown as GlossCalls;
  return { ...calls, on: (event, listener) => transport.on(event, listener) };
}

/** The preload's bridge under Electron, else the loopback HTTP client of browser mode. */
function pickTransport(): Transport {
  const bridge = window.gloss;
  if (bridge) {
    return {
      call: (method, params) => (bridge[method] as (p: unknown) => Promise<CallOutcome<unknown>>)(params),
      on: (event, listener) => bridge.on(event, listener),
    };
  }
  return createHttpTransport(window.location, window.sessionStorage, window.fetch.bind(window));
}

export const api: GlossApi = createGlossApi(pickTransport());
