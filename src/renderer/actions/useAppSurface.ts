import type { AppSurface, AppView } from '../../shared/actions';
import { focusView } from '../focusTargets';
import type { Drawers } from '../hooks/useDrawers';
import { nextThemePreference } from '../hooks/useTheme';
import { importClipboard, pickFilesToImport } from '../import/importClipboard';
import { glossStore } from '../store/useGloss';
import { undoStep } from '../undo/announce';
import { actionHost } from './actionHost';
import { useSurface } from './useActions';

/** Shows a view and, once it is drawn, puts the keyboard in it, so Tab and screen readers start there, not on the hidden page. */
function show(view: AppView): void {
  glossStore.getState().setView(view);
  requestAnimationFrame(() => (view === 'read' ? actionHost.surface('reader')?.focusText() : focusView(view)));
}

/** Registers the window's frame as the actions' `app` surface; what it reports is read from the store when asked. */
export function useAppSurface(drawers: Drawers, systemTheme: 'light' | 'dark'): void {
  const state = glossStore.getState;
  const surface: AppSurface = {
    get view() {
      return state().view;
    },
    get hasDocument() {
      return state().current !== null;
    },
    get categories() {
      return state().settings?.categories ?? [];
    },
    show,
    toggleTheme: () => void state().updateSettings({ theme: nextThemePreference(state().settings?.theme ?? 'system', systemTheme) }),
    openDialog: (dialog) => state().openDialog(dialog),
    goToLibrary: drawers.goToLibrary,
    togglePanel: drawers.switchToPanel,
    undo: () => void undoStep(state().feedback),
    importFiles: pickFilesToImport,
    importClipboard: () => void importClipboard(),
  };
  useSurface('app', surface);
}
