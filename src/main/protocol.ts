import { readFile } from 'node:fs/promises';
import path, { type PlatformPath } from 'node:path';
import { protocol } from 'electron';
import { mimeTypeFor } from './mimeTypes';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY, hasDotSegment } from './security';

/**
 * Declares `app:` a standard, secure scheme. Standard gives pages a real
 * origin (`app://gloss`) so relative URLs, storage and same-origin checks
 * work; secure makes it a secure context. CORS is deliberately not enabled,
 * which keeps the scheme unreadable from any other origin. Electron only
 * accepts this before the `ready` event.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer (`out/renderer`) on `app://gloss/`; call once the app is ready. */
export function registerAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot));
}

/** `CON`, `NUL.txt`, `COM1`…: on Windows these open devices in any folder, so a read could hang. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * Maps an `app://gloss/...` URL to the file it names under `root`, or null
 * when it names nothing servable. The path is percent-decoded once; NUL,
 * backslashes, colons (drive letters, NTFS streams), dot segments and Windows
 * device names are refused outright. Then the path is resolved and must still
 * lie inside the root, which is what actually stops traversal however it was
 * spelled. `paths` is injectable so the Windows rules are testable anywhere.
 */
export function resolveAppRequest(root: string, url: string, paths: PlatformPath = path): string | null {
  // The parser would quietly fold `..` into the root; refuse it as written instead.
  if (hasDotSegment(url.split(/[?#]/, 1)[0] ?? '')) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST) return null;
  if (parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (/[\0\\:]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..' || WINDOWS_DEVICE_NAME.test(segment))) return null;
  if (decoded.endsWith('/') || segments.length === 0) segments.push('index.html');
  const base = paths.resolve(root);
  const target = paths.resolve(base, ...segments);
  const relative = paths.relative(base, target);
  const inside = relative !== '' && relative !== '..' && !relative.startsWith(`..${paths.sep}`) && !paths.isAbsolute(relative);
  return inside ? target : null;
}

/** Headers on every answer: the CSP travels with the page instead of relying on a meta tag. */
function responseHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: responseHeaders('text/plain; charset=utf-8') });
}

const MISSING_FILE_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/**
 * The `app:` protocol handler: reads the requested file from the renderer
 * build and answers it with its MIME type and the CSP. Anything unresolvable
 * or absent is a 404; only GET and HEAD are served.
 */
export function createAppRequestHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
    const file = resolveAppRequest(rendererRoot, request.url);
    if (file === null) return plainResponse(404, 'Not found');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (MISSING_FILE_CODES.has(code)) return plainResponse(404, 'Not found');
      console.error(`Gloss could not serve ${file}:`, error);
      return plainResponse(500, 'Internal error');
    }
    const headers = responseHeaders(mimeTypeFor(file));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
