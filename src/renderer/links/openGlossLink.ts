import { OPEN_LINK_PARAM, parseGlossLink } from '../../shared/export/glossLink';
import type { GlossStore } from '../store/glossStore';

/**
 * Follows a gloss:// link (from an exported note, handed over by the
 * operating system, or in the page's address): its document opens at the
 * passage. The address is untrusted, so it is parsed strictly first; a link
 * Gloss cannot follow says why instead.
 */
export function openGlossLink(address: string, store: GlossStore): void {
  const state = store.getState();
  const link = parseGlossLink(address);
  if (!link) {
    state.feedback.say('That link cannot be opened: it is not a link to a passage in Gloss.', { error: true });
    return;
  }
  const document = state.documents.find((doc) => doc.id === link.documentId);
  if (!document) {
    state.feedback.say('The linked document is not in this library: it may have been deleted forever, or the link was made in another library.', { error: true });
    return;
  }
  if (document.trashedAt) {
    state.feedback.say(`The linked document “${document.title}” is in the Trash: restore it from the library to follow the link.`, { error: true });
    return;
  }
  state.revealPassage({ documentId: link.documentId, start: link.start, end: link.end });
}

/** The link the page was opened with (`?open=`), taken out of the address so a reload does not follow it again. */
export function takeStartLink(location: Pick<Location, 'search' | 'pathname' | 'hash'>, history: Pick<History, 'replaceState'>): string | null {
  const params = new URLSearchParams(location.search);
  const link = params.get(OPEN_LINK_PARAM);
  if (link === null) return null;
  params.delete(OPEN_LINK_PARAM);
  const search = params.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  return link;
}
