import { BrowserWindow } from 'electron';
import type { Core } from '../core/openCore';
import { callOutcome } from '../core/callOutcome';
import { methodNames, type CallOutcome, type MethodName, type WireError } from '../shared/contract';
import { EVENT_CHANNEL, type EventMessage } from '../shared/ipcChannels';
import { isTrustedSender } from './security';

/** What the IPC door needs of an `IpcMainInvokeEvent`: who sent it. */
export interface IpcSenderLike {
  readonly senderFrame?: { readonly url: string } | null;
  readonly sender: { readonly mainFrame: unknown };
}

/** The part of `ipcMain` the door uses, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderLike, params: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** A window events are pushed to; `BrowserWindow` is one. */
export interface EventRecipient {
  isDestroyed(): boolean;
  readonly webContents: { send(channel: string, message: EventMessage): void };
}

const REFUSED: WireError = { code: 'forbidden', message: 'Refused: Gloss answers only its own window.' };

/**
 * Checks the sender like VS Code does: the app's own page, in the main
 * frame. WebFrameMain getters throw once the frame is gone, which also
 * counts as untrusted.
 */
function senderIsTrusted(event: IpcSenderLike): boolean {
  try {
    const frame = event.senderFrame;
    return frame != null && isTrustedSender(frame.url, frame === event.sender.mainFrame);
  } catch {
    return false;
  }
}

/**
 * Turns one IPC call into its answer envelope: refuses untrusted senders,
 * lets the core validate and run the call, and maps what it threw as every
 * door does (see callOutcome).
 */
export async function handleIpcCall(
  core: Pick<Core, 'call'>,
  method: MethodName,
  event: IpcSenderLike,
  params: unknown,
): Promise<CallOutcome<unknown>> {
  if (!senderIsTrusted(event)) {
    console.warn(`Gloss refused ${method}: the call did not come from the app's main frame.`);
    return { ok: false, error: REFUSED };
  }
  return callOutcome(method, () => core.call(method, params));
}

/**
 * Binds every contract method to `ipcMain.handle` and pushes every core
 * event to every open window. Returns the function that undoes both.
 */
export function bindIpc(
  core: Pick<Core, 'call' | 'events'>,
  ipcMain: IpcMainLike,
  windows: () => readonly EventRecipient[] = () => BrowserWindow.getAllWindows(),
): () => void {
  for (const method of methodNames) {
    ipcMain.handle(method, (event, params) => handleIpcCall(core, method, event, params));
  }
  const stopForwarding = core.events.onAny((event, payload) => {
    const message: EventMessage = { event, payload };
    for (const window of windows()) {
      // A window may be closing while the core still reports; losing that event is harmless.
      if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, message);
    }
  });
  return () => {
    stopForwarding();
    for (const method of methodNames) ipcMain.removeHandler(method);
  };
}
