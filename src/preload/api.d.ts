import type { CallOutcome, EventSubscriber, MethodName, MethodParams, MethodResult } from '../shared/contract';

/**
 * What the preload exposes on `window.gloss`: one function per contract
 * method, resolving to the answer envelope (never rejecting; a failed call
 * is `{ ok: false, error: { code, message } }`, because an Error's own
 * properties do not survive the context bridge), plus the event subscription.
 * The renderer's API wrapper unwraps the envelope.
 */
export type PreloadApi = {
  [M in MethodName]: (params: MethodParams<M>) => Promise<CallOutcome<MethodResult<M>>>;
} & EventSubscriber;

declare global {
  interface Window {
    /** Present only under Electron; the browser build talks HTTP instead. */
    gloss?: PreloadApi;
  }
}
