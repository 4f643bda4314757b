import { readFile, realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/contentSecurityPolicy';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers every response carries, API or file. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * Maps a request path to a file inside `root`, or null when it would escape
 * it (dot segments, encoded slashes, NUL) or is malformed.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const absoluteRoot = resolve(root);
  const target = resolve(absoluteRoot, relative);
  return target.startsWith(absoluteRoot + sep) ? target : null;
}

/**
 * The real location of a file the request maps to, or null when it does not
 * exist or, once symlinks are followed, lies outside the real `root`: a link
 * inside the renderer folder must not publish the rest of the disk.
 */
export async function resolveRealStaticPath(root: string, urlPath: string): Promise<string | null> {
  const path = resolveStaticPath(root, urlPath);
  if (!path) return null;
  try {
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(path)]);
    return realTarget.startsWith(realRoot + sep) ? realTarget : null;
  } catch {
    return null;
  }
}

/** Serves one built renderer file with its MIME type and the security headers. */
export async function serveStaticFile(root: string, urlPath: string, response: ServerResponse): Promise<void> {
  const path = await resolveRealStaticPath(root, urlPath);
  const info = path ? await stat(path).catch(() => null) : null;
  if (!path || !info?.isFile()) {
    response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  const type = MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  const cache = type.startsWith('text/html') ? 'no-store' : 'public, max-age=31536000, immutable';
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cache });
  response.end(await readFile(path));
}
