import { useEffect } from 'react';
import type { GlossApi } from '../api/glossApi';
import { glossStore } from '../store/useGloss';
import { setGlossLinkFollower } from './followGlossLink';
import { openGlossLink, takeStartLink } from './openGlossLink';

// Read from the address once per page: effects may run twice (React's strict mode), the address only has it the first time.
let startLink: string | null | undefined;

/**
 * Follows gloss:// links: the one the page was opened with, once the library
 * has loaded (its document must be known), those the desktop app hands
 * over while it runs, and those clicked in a note.
 */
export function useGlossLinks(api: GlossApi): void {
  useEffect(() => {
    const stopEvents = api.on('link:open', ({ address }) => openGlossLink(address, glossStore));
    const stopFollowing = setGlossLinkFollower((address) => openGlossLink(address, glossStore));
    startLink ??= takeStartLink(window.location, window.history);
    let stopWaiting = (): void => undefined;
    const followStartLink = (): void => {
      if (startLink) openGlossLink(startLink, glossStore);
      startLink = null;
    };
    if (startLink && !glossStore.getState().loading) followStartLink();
    else if (startLink) {
      stopWaiting = glossStore.subscribe((state) => {
        if (state.loading) return;
        stopWaiting();
        followStartLink();
      });
    }
    return () => {
      stopEvents();
      stopFollowing();
      stopWaiting();
    };
  }, [api]);
}
