import type { IncomingMessage, ServerResponse } from 'node:http';
import { failureOutcome } from '../core/callOutcome';
import type { CallOutcome } from '../shared/contract';
import type { Core } from '../core/openCore';
import { STATUS_BY_CODE } from './errorStatus';
import { BodyError, ClientGoneError, readJsonBody } from './jsonBody';
import { SECURITY_HEADERS } from './staticFiles';

/** The largest API request body: room for an imported file of MAX_IMPORT_BYTES as base64, and its other params. */
export const API_BODY_LIMIT_BYTES = 140 * 1024 * 1024;

/** Answers `POST /api/<method>`: the body is the params, the reply a CallOutcome. */
export async function handleApiCall(core: Core, method: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  let outcome: CallOutcome<unknown>;
  let status = 200;
  try {
    const params = await readJsonBody(request, API_BODY_LIMIT_BYTES);
    outcome = { ok: true, result: await core.call(method, params) };
  } catch (error) {
    if (error instanceof ClientGoneError) {
      // Routine (a tab closed mid-upload) and nothing was done: one line, no stack, no reply to a closed socket.
      console.error(`Gloss: the client left before its ${method.slice(0, 80)} call arrived; nothing was done.`);
      return;
    }
    if (error instanceof BodyError) {
      status = error.status;
      // The unread body would be taken for the next request on this connection: close it.
      if (status === 413) response.setHeader('Connection', 'close');
      outcome = { ok: false, error: { code: 'invalid_params', message: error.message } };
    } else {
      outcome = failureOutcome(method, error);
      status = STATUS_BY_CODE[outcome.error.code];
    }
  }
  sendJson(response, status, outcome);
}

/** Sends a JSON reply with the security headers; API replies are never cached. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}
