import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** How many connections the server keeps and how long it waits on them. */
export interface ConnectionLimits {
  /** Open connections kept at most; one browser uses a handful. */
  maxConnections: number;
  /** A connection must send its first request's headers within this time. */
  headersTimeoutMs: number;
  /** A whole request (an imported book included) must arrive within this time. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: number;
  /**
   * A request with no traffic either way for this long is dropped (a client
   * that stops reading a file). Authenticated calls are exempt while the core
   * works on them; see `allowLongWork`.
   */
  idleTimeoutMs: number;
}

/** Limits for one local browser on loopback: generous for it, short for anything that just holds sockets open. */
export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  maxConnections: 128,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 30_000,
};

/**
 * Keeps a flood of idle connections (no token needed to open one) from
 * exhausting file descriptors or starving the app's own calls: silent
 * connections time out, and when the server is full a new connection
 * evicts the oldest one that is not answering a request — one that never
 * sent any first. Only if every connection is busy is the newcomer refused.
 */
export function limitConnections(server: Server, limits: ConnectionLimits): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  // Node checks header and request timeouts every 30 s by default: too coarse for timeouts this short.
  (server as Server & { connectionsCheckingInterval?: number }).connectionsCheckingInterval = Math.min(1_000, limits.headersTimeoutMs);

  const open = new Map<Socket, { requests: number; busy: number }>();
  server.on('connection', (socket: Socket) => {
    if (open.size >= limits.maxConnections) {
      const evictable = [...open].filter(([, use]) => use.busy === 0);
      const victim = evictable.find(([, use]) => use.requests === 0) ?? evictable[0];
      if (!victim) {
        socket.destroy();
        return;
      }
      victim[0].destroy();
      open.delete(victim[0]);
    }
    open.set(socket, { requests: 0, busy: 0 });
    // Until a first request comes, a connection gets only the headers timeout (Node applies it only once bytes arrive).
    socket.setTimeout(limits.headersTimeoutMs);
    socket.once('close', () => open.delete(socket));
  });
  // First of the request listeners: the app's own (which lifts the idle timeout for authenticated work) must come after it.
  server.prependListener('request', (request, response) => {
    const use = open.get(request.socket);
    if (!use) return;
    use.requests += 1;
    use.busy += 1;
    request.socket.setTimeout(limits.idleTimeoutMs);
    response.once('close', () => (use.busy -= 1));
  });
}

/**
 * Lifts the idle timeout from an authenticated request's connection: the
 * core may work on a call (a book's deck) longer than any idle limit, and an
 * event stream is quiet between events. After the reply, Node's keep-alive
 * timeout applies again.
 */
export function allowLongWork(socket: Socket): void {
  socket.setTimeout(0);
}
