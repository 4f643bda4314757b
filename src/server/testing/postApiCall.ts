import { request } from 'node:http';

/** What a raw API call got back: the HTTP status and body, or status 0 and the socket error's code. */
export interface RawReply {
  status: number;
  body: string;
}

/**
 * An API call to a running browser mode (its printed address, token in the
 * fragment) on a fresh connection, so tests see exactly what one request
 * gets, including no HTTP reply at all.
 */
export function postApiCall(address: string | URL, method: string, params: unknown): Promise<RawReply> {
  const base = new URL(address);
  const token = base.hash.replace('#token=', '');
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: Number(base.port),
        path: `/api/${method}`,
        method: 'POST',
        agent: false,
        headers: { Host: base.host, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, body: error.code ?? error.message }));
    req.end(JSON.stringify(params));
  });
}
