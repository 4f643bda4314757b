/**
 * gloss:// links: an address that opens a passage in the app, written into
 * exports so a note kept elsewhere leads back to its source.
 *   gloss://open?document=<id>&start=<offset>&end=<offset>
 */

/** The scheme Gloss registers with the operating system. */
export const GLOSS_SCHEME = 'gloss';

/**
 * The query parameter of the app's page that carries a link to open once it
 * has loaded: the desktop app started by a link, or a browser-mode address.
 */
export const OPEN_LINK_PARAM = 'open';

/** A passage a gloss:// link points at. */
export interface GlossPassageLink {
  documentId: string;
  start: number;
  end: number;
}

const DOCUMENT_ID = /^[a-z0-9-]{1,64}$/;

/** The gloss:// address of a passage. */
export function glossLink({ documentId, start, end }: GlossPassageLink): string {
  return `${GLOSS_SCHEME}://open?document=${encodeURIComponent(documentId)}&start=${start}&end=${end}`;
}

/** The passage a gloss:// address points at, or null when it is not one (anything else is refused, never followed). */
export function parseGlossLink(address: string): GlossPassageLink | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== `${GLOSS_SCHEME}:` || url.hostname !== 'open') return null;
  const documentId = url.searchParams.get('document') ?? '';
  const start = Number(url.searchParams.get('start'));
  const end = Number(url.searchParams.get('end'));
  if (!DOCUMENT_ID.test(documentId) || !Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start) return null;
  return { documentId, start, end };
}
