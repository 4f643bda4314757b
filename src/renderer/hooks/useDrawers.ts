import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { annotationPanelHasFocus, focusAnnotationPanel, focusLibrary, focusLibraryToggle, focusReader } from '../focusTargets';
import { useMediaQuery } from './useMediaQuery';

/**
 * Below this width the library and the annotation panel leave the grid and become drawers
 * over the text, so that the text keeps a readable width. layout.css uses the same width.
 */
export const NARROW_LAYOUT_QUERY = '(max-width: 1100px)';

/** The side drawers, by the id of the element each one shows. */
export type DrawerId = 'library' | 'annotation-panel';

/**
 * The library and annotation drawers of a narrow window: which is open, and what the toggles,
 * L, A and Esc do to them. Their state is kept in wide windows too (where the columns always
 * show), so a highlight selected there still has its panel open after the window is narrowed.
 * `panelAvailable` is false while no document is open or another view than the reader shows.
 */
export function useDrawers(panelAvailable: boolean) {
  const narrow = useMediaQuery(NARROW_LAYOUT_QUERY);
  const [open, setOpenState] = useState<Record<DrawerId, boolean>>({ library: false, 'annotation-panel': false });
  const setOpen = useCallback((id: DrawerId, value: boolean) => setOpenState((current) => (current[id] === value ? current : { ...current, [id]: value })), []);
  const setPanelOpen = useCallback((value: boolean) => setOpen('annotation-panel', value), [setOpen]);
  // Opened before returning, so that focus can move into the drawer in the same key press or click.
  const openNow = (id: DrawerId): void => flushSync(() => setOpen(id, true));

  // The library drawer is for choosing a document: a press anywhere else puts it away.
  useEffect(() => {
    if (!narrow || !open.library) return;
    const onPointerDown = (event: PointerEvent): void => {
      if (event.target instanceof Element && event.target.closest('#library, [aria-controls="library"]')) return;
      setOpen('library', false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [narrow, open.library, setOpen]);

  /** L: the library list, in its drawer when the window is narrow. */
  const goToLibrary = (): void => {
    if (narrow) openNow('library');
    focusLibrary();
  };

  /** A: shows and hides the drawer in a narrow window; in a wide one, goes to the panel and back. */
  const switchToPanel = (): boolean => {
    if (!panelAvailable) return false;
    if (narrow ? open['annotation-panel'] : annotationPanelHasFocus()) {
      setPanelOpen(false);
      focusReader();
    } else {
      openNow('annotation-panel');
      focusAnnotationPanel();
    }
    return true;
  };

  const toggleLibrary = (): void => {
    if (open.library) return setOpen('library', false);
    openNow('library');
    focusLibrary();
  };

  const togglePanel = (): void => {
    if (open['annotation-panel']) return setPanelOpen(false);
    openNow('annotation-panel');
    focusAnnotationPanel();
  };

  /**
   * Esc puts an open drawer away, wherever the focus is (the global shortcuts leave Esc to buttons
   * and fields): the library first, as it lies on top; the panel returns the keyboard to the text.
   */
  const closeOnEscape = (event: KeyboardEvent): void => {
    const target = event.target;
    if (event.key !== 'Escape' || event.defaultPrevented || !narrow || !(target instanceof Element) || target.closest('dialog')) return;
    if (open.library) {
      setOpen('library', false);
      if (target.closest('#library')) focusLibraryToggle();
    } else if (open['annotation-panel'] && panelAvailable) {
      setPanelOpen(false);
      focusReader();
    } else {
      return;
    }
    event.preventDefault();
  };

  return { narrow, open, setOpen, setPanelOpen, goToLibrary, switchToPanel, toggleLibrary, togglePanel, closeOnEscape };
}
