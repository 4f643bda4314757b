import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Core } from '../core/openCore';
import { handleApiCall, sendJson } from './apiRoute';
import { streamEvents } from './eventStream';
import { hasToken, isOwnHost, isOwnOrigin } from './requestGuard';
import { serveStaticFile } from './staticFiles';

export interface HttpServerOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The per-launch secret every API call must carry. */
  token: string;
}

/**
 * The browser-mode door. Before anything else each request must name this
 * server as Host and come from its own origin (403), and each API call must
 * carry the launch token (401).
 */
export function createHttpServer({ core, rendererDir, token }: HttpServerOptions): Server {
  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error('Gloss: request failed:', error);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'Request failed.' } });
      else response.destroy();
    });
  });

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const port = (server.address() as { port: number }).port;
    const url = new URL(request.url ?? '/', 'http://placeholder');
    if (!isOwnHost(request.headers.host, port) || !isOwnOrigin(request.headers.origin, port)) {
      return sendJson(response, 403, { ok: false, error: { code: 'invalid_params', message: 'Requests must come from Gloss itself.' } });
    }
    if (url.pathname.startsWith('/api/')) {
      if (!hasToken(request.headers.authorization, token)) {
        return sendJson(response, 401, { ok: false, error: { code: 'invalid_params', message: 'Missing or wrong access token. Open Gloss with the address it printed.' } });
      }
      const name = url.pathname.slice('/api/'.length);
      if (name === 'events' && request.method === 'GET') return streamEvents(core, response);
      if (request.method !== 'POST') {
        response.setHeader('Allow', 'POST');
        return sendJson(response, 405, { ok: false, error: { code: 'invalid_params', message: 'API calls use POST.' } });
      }
      return handleApiCall(core, name, request, response);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, { ok: false, error: { code: 'invalid_params', message: 'Only GET is allowed here.' } });
    }
    return serveStaticFile(rendererDir, url.pathname, response);
  };
  return server;
}
