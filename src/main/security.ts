/**
 * The desktop app's security policy as pure functions: which URLs belong to
 * the app, which may leave it for the system browser, and who may call the
 * API. No side effects and no `electron` import, so every rule is unit-tested
 * with hostile input.
 */

/** The privileged scheme the renderer is served from (never `file://`). */
export const APP_SCHEME = 'app';
/** The only host of the app scheme; every other host is foreign. */
export const APP_HOST = 'gloss';
/** The origin every page of the app lives on. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The Content-Security-Policy every page of the app is served with. It lives
 * in src/shared so browser mode's server sends the very same policy.
 */
export { CONTENT_SECURITY_POLICY } from '../shared/contentSecurityPolicy';

/** Longer than any URL the app or a sane link needs; past it, parsing is not worth the risk. */
const MAX_URL_LENGTH = 8192;

/** What to do when the page tries to go somewhere. */
export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/**
 * Rejects strings the URL parser would silently "repair": it strips
 * surrounding whitespace and control characters, drops tabs and newlines
 * inside, and reads backslashes as slashes, so a checked string could differ
 * from the URL that is actually used.
 */
function isPlainUrlText(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || code === 0x5c /* \ */) return false;
  }
  return true;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Whether a raw URL path holds dot segments, plain or percent-encoded: Chromium never sends them, so they mean forgery. */
export function hasDotSegment(pathname: string): boolean {
  return pathname.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment));
}

/** Whether a URL is a page or resource of the app itself (`app://gloss/...`), and nothing that merely resembles one. */
export function isAppUrl(url: unknown): boolean {
  // The prefix test runs on the raw text: `app://gloss.evil.com/`, `app://gloss@evil/`
  // and `app://gloss:1/` all fail here, before any parser can interpret them.
  if (!isPlainUrlText(url) || !url.startsWith(`${APP_ORIGIN}/`)) return false;
  const rawPath = url.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '';
  if (hasDotSegment(rawPath)) return false;
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The normalised form of a link that may be handed to the system browser
 * (http or https, a host, no credentials), or null. Callers open this form,
 * so what is opened is exactly what was checked.
 */
export function normalizeExternalUrl(url: unknown): string | null {
  // Requiring `scheme://` literally refuses `//evil.com`, `https:evil.com` and `javascript:`.
  if (!isPlainUrlText(url) || !/^https?:\/\//i.test(url)) return null;
  const parsed = parseUrl(url);
  if (parsed === null) return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // Credentials in a link are a phishing trick (`https://bank.com@evil.com`) or a leak.
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null;
  return parsed.href;
}

/** Whether a link may be opened in the system browser. */
export function isSafeExternalUrl(url: unknown): boolean {
  return normalizeExternalUrl(url) !== null;
}

/** Where a navigation attempt may go: stay in the app, leave for the browser, or nowhere. */
export function navigationDecision(url: unknown): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  if (isSafeExternalUrl(url)) return 'open-external';
  return 'deny';
}

/**
 * Whether an IPC message may reach the core: only the app's own top-level
 * page may call it, never a subframe or a page from elsewhere that somehow
 * got into the window.
 */
export function isTrustedSender(frameUrl: unknown, isMainFrame: unknown): boolean {
  return isMainFrame === true && isAppUrl(frameUrl);
}

/** Whether to grant a web permission (camera, notifications, …): Gloss needs none. */
export function permissionDecision(): boolean {
  return false;
}
