/** The link schemes a document keeps; any other link keeps its words and loses its target. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

const MAX_HREF_LENGTH = 2048;

/** An imported link's address if it is absolute http(s) or mailto, else undefined (relative, javascript:, file:, data:…). */
export function safeHref(address: string | null | undefined): string | undefined {
  if (!address) return undefined;
  const trimmed = address.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_HREF_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  return url.href.length <= MAX_HREF_LENGTH ? url.href : undefined;
}
