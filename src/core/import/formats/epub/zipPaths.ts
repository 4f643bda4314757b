import { posix } from 'node:path';

/**
 * The archive path an href inside `fromFile` points to: fragment and query
 * dropped, percent-escapes decoded, "../" resolved. Undefined for an
 * absolute URL (http:, data:…) or a path that climbs out of the archive.
 */
export function resolveHref(fromFile: string, href: string): string | undefined {
  const bare = href.trim().replace(/[#?].*$/s, '');
  if (bare === '' || /^[a-z][a-z0-9+.-]*:/i.test(bare)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    decoded = bare;
  }
  const joined = decoded.startsWith('/') ? decoded.slice(1) : posix.join(posix.dirname(fromFile), decoded);
  const normal = posix.normalize(joined);
  return normal.startsWith('../') || normal === '..' ? undefined : normal;
}
