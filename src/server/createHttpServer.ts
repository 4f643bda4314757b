import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLOSING_MESSAGE } from '../core/callGate';
import type { Core } from '../core/openCore';
import { handleApiCall, sendJson } from './apiRoute';
import { allowLongWork, DEFAULT_CONNECTION_LIMITS, limitConnections, type ConnectionLimits } from './connectionLimits';
import { streamEvents } from './eventStream';
import { hasToken, isOwnHost, isOwnOrigin } from './requestGuard';
import { ResponsesUnderWay } from './responsesUnderWay';
import { serveStaticFile } from './staticFiles';

export interface HttpServerOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The per-launch secret every API call must carry. */
  token: string;
  /** Connection limits and timeouts. @default DEFAULT_CONNECTION_LIMITS */
  limits?: Partial<ConnectionLimits>;
}

/** How long calls under way may take to finish when Gloss is asked to quit. */
const SHUTDOWN_GRACE_MS = 3_000;

/** The browser-mode door and a way to stop it gracefully. */
export interface GlossHttpServer {
  server: Server;
  /**
   * Answers every new request with 503 and `reason` (by default "Gloss is
   * closing"), ends the event streams, waits for the replies under way, then
   * stops listening — so a write the user started is never cut off, and none
   * starts after.
   */
  shutdown(reason?: string): Promise<void>;
}

/**
 * The browser-mode door. Before anything else each request must name this
 * server as Host and come from its own origin (403), and each API call must
 * carry the launch token (401).
 */
export function createHttpServer({ core, rendererDir, token, limits }: HttpServerOptions): GlossHttpServer {
  const eventStreams = new Set<ServerResponse>();
  const underWay = new ResponsesUnderWay();
  let closing: string | null = null;
  // Kept from 'listening': after close() server.address() is null, and requests still being answered need the port.
  let port = -1;
  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error('Gloss: request failed:', error);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'Request failed.' } });
      else response.destroy();
    });
  });
  server.on('listening', () => (port = (server.address() as AddressInfo).port));
  limitConnections(server, { ...DEFAULT_CONNECTION_LIMITS, ...limits });

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://placeholder');
    if (!isOwnHost(request.headers.host, port) || !isOwnOrigin(request.headers.origin, port)) {
      return sendJson(response, 403, { ok: false, error: { code: 'forbidden', message: 'Requests must come from Gloss itself.' } });
    }
    const isApi = url.pathname.startsWith('/api/');
    if (isApi && !hasToken(request.headers.authorization, token)) {
      return sendJson(response, 401, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong access token. Open Gloss with the address it printed.' } });
    }
    if (closing !== null) {
      response.setHeader('Connection', 'close');
      return sendJson(response, 503, { ok: false, error: { code: 'closing', message: closing } });
    }
    if (isApi) {
      allowLongWork(request.socket);
      const name = url.pathname.slice('/api/'.length);
      if (name === 'events' && request.method === 'GET') return streamEvents(core, response, eventStreams);
      if (request.method !== 'POST') {
        response.setHeader('Allow', 'POST');
        return sendJson(response, 405, { ok: false, error: { code: 'invalid_params', message: 'API calls use POST.' } });
      }
      underWay.add(response);
      return handleApiCall(core, name, request, response);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, { ok: false, error: { code: 'invalid_params', message: 'Only GET is allowed here.' } });
    }
    return serveStaticFile(rendererDir, url.pathname, response);
  };

  const shutdown = async (reason = CLOSING_MESSAGE): Promise<void> => {
    closing = reason;
    for (const stream of eventStreams) stream.end();
    // Still listening meanwhile: a request that arrives now is told "Gloss is closing", not reset.
    await underWay.settled(SHUTDOWN_GRACE_MS);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Keep-alive connections turn idle as their last reply is sent; close each as it does.
    const sweep = setInterval(() => server.closeIdleConnections(), 25);
    server.closeIdleConnections();
    // A client that never reads its reply must not keep Gloss from quitting.
    const deadline = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    await closed;
    clearInterval(sweep);
    clearTimeout(deadline);
  };
  return { server, shutdown };
}
