import { useEffect, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { annotationPanelHasFocus, focusAnnotationPanel, focusLibrary, focusLibraryToggle, focusReader } from '../focusTargets';
import { glossStore, useGloss } from '../store/useGloss';
import type { DrawerId } from '../store/types';
import { useMediaQuery } from './useMediaQuery';

/**
 * Below this width the library and the annotation panel leave the grid and become drawers
 * over the text, so that the text keeps a readable width. layout.css uses the same width.
 */
export const NARROW_LAYOUT_QUERY = '(max-width: 1100px)';

const setOpen = (id: DrawerId, open: boolean): void => glossStore.getState().setDrawer(id, open);
// Opened before returning, so that focus can move into the drawer in the same key press or click.
const openNow = (id: DrawerId): void => flushSync(() => setOpen(id, true));
/** Whether the annotation panel can show: a document is open and the reader shows. */
const panelAvailable = (): boolean => glossStore.getState().current !== null && glossStore.getState().view === 'read';

/**
 * The library and annotation drawers of a narrow window: which is open, and what the toggles,
 * L, A and Esc do to them. Their state (in the store) is kept in wide windows too (where the
 * columns always show), so a highlight selected there still has its panel open after the window
 * is narrowed.
 */
export function useDrawers() {
  const narrow = useMediaQuery(NARROW_LAYOUT_QUERY);
  const open = useGloss((s) => s.drawers);

  // The library drawer is for choosing a document: a press anywhere else puts it away.
  useEffect(() => {
    if (!narrow || !open.library) return;
    const onPointerDown = (event: PointerEvent): void => {
      if (event.target instanceof Element && event.target.closest('#library, [aria-controls="library"]')) return;
      setOpen('library', false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [narrow, open.library]);

  /** L: the library list, in its drawer when the window is narrow. */
  const goToLibrary = (): void => {
    if (narrow) openNow('library');
    focusLibrary();
  };

  /** A: shows and hides the drawer in a narrow window; in a wide one, goes to the panel and back. */
  const switchToPanel = (): void => {
    if (!panelAvailable()) return;
    if (narrow ? glossStore.getState().drawers['annotation-panel'] : annotationPanelHasFocus()) {
      setOpen('annotation-panel', false);
      focusReader();
    } else {
      openNow('annotation-panel');
      focusAnnotationPanel();
    }
  };

  const toggleLibrary = (): void => {
    if (open.library) return setOpen('library', false);
    openNow('library');
    focusLibrary();
  };

  const togglePanel = (): void => {
    if (open['annotation-panel']) return setOpen('annotation-panel', false);
    openNow('annotation-panel');
    focusAnnotationPanel();
  };

  /**
   * Esc puts an open drawer away, like a popup, when no action took the key (the dispatcher leaves Esc
   * to buttons and fields): the library first, as it lies on top; the panel returns the keyboard to the text.
   */
  const closeOnEscape = (event: KeyboardEvent): void => {
    const target = event.target;
    if (event.key !== 'Escape' || event.defaultPrevented || !narrow || !(target instanceof Element) || target.closest('dialog')) return;
    const drawers = glossStore.getState().drawers;
    if (drawers.library) {
      setOpen('library', false);
      if (target.closest('#library')) focusLibraryToggle();
    } else if (drawers['annotation-panel'] && panelAvailable()) {
      setOpen('annotation-panel', false);
      focusReader();
    } else {
      return;
    }
    event.preventDefault();
  };

  return { narrow, open, goToLibrary, switchToPanel, toggleLibrary, togglePanel, closeOnEscape };
}

/** What the app's frame uses of the drawers. */
export type Drawers = ReturnType<typeof useDrawers>;
