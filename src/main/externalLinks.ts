import { normalizeExternalUrl } from './security';

/** Opens a URL in the system browser; `shell.openExternal` in the app, a fake in tests. */
export type ExternalOpener = (url: string) => Promise<void>;

/**
 * Opens a link in the system browser if the policy allows it, and reports
 * whether it did. The opener receives the normalised URL, so the string that
 * was checked is the string that is opened; a failing opener (no browser
 * installed, say) is logged rather than thrown into an event handler.
 */
export async function openExternalSafely(url: unknown, open: ExternalOpener): Promise<boolean> {
  const safe = normalizeExternalUrl(url);
  if (safe === null) {
    console.warn(`Gloss refused to open a link outside the app: ${describeForLog(url)}`);
    return false;
  }
  try {
    await open(safe);
    return true;
  } catch (error) {
    console.warn(`Gloss could not open ${safe} in the browser: ${(error as Error)?.message ?? String(error)}`);
    return false;
  }
}

/** A refused URL may be hostile or huge: log a bounded, printable excerpt only. */
function describeForLog(url: unknown): string {
  if (typeof url !== 'string') return `(${typeof url})`;
  return JSON.stringify(url.length > 200 ? `${url.slice(0, 200)}…` : url);
}
