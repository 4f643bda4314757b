import type { ServerResponse } from 'node:http';
import type { Core } from '../core/openCore';
import { SECURITY_HEADERS } from './staticFiles';

/**
 * Streams core events as server-sent events. The client reads it with fetch
 * (not EventSource) so the token travels in a header, never in a URL.
 */
export function streamEvents(core: Core, response: ServerResponse, open: Set<ServerResponse>): void {
  open.add(response);
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const stop = core.events.onAny((event, payload) => {
    response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  // A comment line every 25 s keeps idle proxies and timers from closing the stream.
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 25_000);
  response.on('close', () => {
    open.delete(response);
    clearInterval(keepAlive);
    stop();
  });
}
