const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** The longest address a mark may carry (blocks.ts InlineMark.href). */
const MAX_HREF = 2048;

/**
 * The address a link may keep: an absolute http(s) or mailto URL, normalised
 * by the URL parser (which also strips the tabs and newlines that hide
 * "java\nscript:"). Anything else (relative, javascript:, data:, vbscript:,
 * file:) gives undefined and the words stay without a link.
 */
export function safeHref(raw: string | null): string | undefined {
  if (!raw || raw.length > MAX_HREF) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  return url.href.length <= MAX_HREF ? url.href : undefined;
}
