import { useEffect, useLayoutEffect } from 'react';
import type { KeyContext } from '../../shared/actions';
import type { GlossApi } from '../api/glossApi';
import { anyDialogOpen } from '../hooks/openDialogs';
import { glossStore } from '../store/useGloss';
import { actionHost, type Surfaces } from './actionHost';
import { dispatchKey } from './dispatchKey';
import { keyContextOf } from './keyContext';

/** Whether a modal dialog (the palette, the sheet, a question) is open. */
function dialogOpen(): boolean {
  return anyDialogOpen();
}

/** Where the keyboard is now, for an action that does not come from a key (the menu, the palette). */
export function currentKeyContext(ignoreDialogs = false): KeyContext {
  return keyContextOf(document.activeElement, { dialogOpen: !ignoreDialogs && dialogOpen(), view: glossStore.getState().view, editing: actionHost.editing });
}

/**
 * Installs the window's one keyboard listener (in the capture phase, so the
 * reader's editor never sees keys meant for the app) and runs actions the
 * desktop menus send by id.
 */
export function useActionDispatch(api: GlossApi): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void =>
      void dispatchKey(event, actionHost, { dialogOpen: dialogOpen(), view: glossStore.getState().view, editing: actionHost.editing });
    window.addEventListener('keydown', onKeyDown, true);
    const stopMenu = api.on('action:run', ({ id }) => void actionHost.runById(id, currentKeyContext()));
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      stopMenu();
    };
  }, [api]);
}

/**
 * Makes a surface available to actions while `enabled`, always its latest
 * version (it is registered again after every render, before any key can
 * reach it).
 */
export function useSurface<K extends keyof Surfaces>(name: K, surface: Surfaces[K], enabled = true): void {
  useLayoutEffect(() => (enabled ? actionHost.register(name, surface) : undefined));
}
