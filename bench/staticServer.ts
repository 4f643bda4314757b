import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** A page server on the loopback interface. */
export interface StaticSite {
  /** Base address, ending with a slash. */
  url: string;
  close(): Promise<void>;
}

/** A file kept in memory and served at a fixed path. */
export interface ServedFile {
  body: string | Buffer;
  type: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
};

/** Serves a built folder, plus in-memory files at fixed paths, on 127.0.0.1 with a random port. */
export async function serveStatic(root: string, extra: Record<string, ServedFile> = {}): Promise<StaticSite> {
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const fixed = extra[path];
      if (fixed) {
        response.writeHead(200, { 'content-type': fixed.type, 'cache-control': 'no-store' });
        response.end(fixed.body);
        return;
      }
      const file = normalize(join(root, path === '/' ? 'index.html' : path));
      // Only files inside the folder: a bench server must not hand out the rest of the disk.
      if (!file.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
