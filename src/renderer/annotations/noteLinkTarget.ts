/**
 * The address a link in a note may open, or null to draw the link as its
 * label. Only an absolute http(s) address with a host and no credentials (what
 * the desktop app hands to the system browser) stays a link; mailto: is drawn
 * as text too, since the desktop app opens only http(s) outside. Everything else would go nowhere useful: react-markdown empties unsafe
 * URLs (javascript:, data:, …), and a relative one ("notes.html", "#top",
 * "//host") resolves against the app itself, opening a broken second copy of
 * it in browser mode.
 */
export function noteLinkTarget(href: string | undefined): string | null {
  if (!href) return null;
  // Requiring `scheme://` literally refuses `https:evil.com` and protocol-relative `//evil.com`.
  if (!/^https?:\/\//i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}
