/**
 * The renderer's Content-Security-Policy, the same under Electron (app://) and
 * in browser mode: only our own scripts, styles and fonts; no inline script,
 * no eval, no plugins, no framing, no form posts, no fetches elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
