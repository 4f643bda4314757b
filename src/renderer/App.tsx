import { useEffect } from 'react';
import { useActionDispatch } from './actions/useActions';
import { useAppSurface } from './actions/useAppSurface';
import { api } from './api/glossApi';
import { BackupsDialog } from './backups/BackupsDialog';
import { LibraryNav } from './components/LibraryNav';
import { NoticeBar } from './components/NoticeBar';
import { ShortcutSheet } from './components/ShortcutSheet';
import { StatusMessage } from './components/StatusMessage';
import { TopBar } from './components/TopBar';
import { useDrawers } from './hooks/useDrawers';
import { useAppliedTheme } from './hooks/useTheme';
import { followCoreEvents } from './store/librarySlice';
import { glossStore, useGloss } from './store/useGloss';
import { ViewPanes } from './ViewPanes';
import { CommandPalette } from './palette/CommandPalette';

/** The app's frame: library on the left, the reader in the middle, the annotation panel on the right (drawers in narrow windows). */
export function App() {
  const theme = useGloss((s) => s.settings?.theme ?? 'system');
  const { system: systemTheme } = useAppliedTheme(theme);
  const drawers = useDrawers();
  useAppSurface(drawers, systemTheme);
  useActionDispatch(api);
  useEffect(() => {
    // Starts after the effect, as every load's state changes come from the calls it waits for.
    void Promise.resolve().then(glossStore.getState().loadLibrary);
    return followCoreEvents(api, glossStore.setState);
  }, []);

  return (
    <div className="app" onKeyDown={drawers.closeOnEscape} data-library={drawers.open.library ? 'open' : undefined} data-annotations={drawers.open['annotation-panel'] ? 'open' : undefined}>
      <TopBar drawers={drawers} />
      <NoticeBar />
      <div className="workspace">
        <LibraryNav />
        <ViewPanes />
      </div>
      <StatusMessage />
      <ShortcutSheet />
      <BackupsDialog />
      <CommandPalette />
    </div>
  );
}
