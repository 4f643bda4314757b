import { useEffect } from 'react';
import { useActionDispatch } from './actions/useActions';
import { useGlossLinks } from './links/useGlossLinks';
import { useAppSurface } from './actions/useAppSurface';
import { api } from './api/glossApi';
import { BackupsDialog } from './backups/BackupsDialog';
import { ExportDialog } from './export/ExportDialog';
import { LibraryNav } from './components/LibraryNav';
import { NoticeBar } from './components/NoticeBar';
import { ShortcutSheet } from './components/ShortcutSheet';
import { StatusMessage } from './components/StatusMessage';
import { TopBar } from './components/TopBar';
import { useDrawers } from './hooks/useDrawers';
import { useAppliedTheme } from './hooks/useTheme';
import { DropOverlay } from './import/DropOverlay';
import { FileInput } from './import/FileInput';
import { ImportTray } from './import/ImportTray';
import { PasteDialog } from './import/PasteDialog';
import { useFileDrop } from './import/useFileDrop';
import { followImportProgress } from './store/importSlice';
import { followCoreEvents } from './store/librarySlice';
import { glossStore, useGloss } from './store/useGloss';
import { ViewPanes } from './ViewPanes';
import { CommandPalette } from './palette/CommandPalette';
import { LibrarySearchDialog } from './search/LibrarySearchDialog';

/** The app's frame: library on the left, the reader in the middle, the annotation panel on the right (drawers in narrow windows). */
export function App() {
  const theme = useGloss((s) => s.settings?.theme ?? 'system');
  const { system: systemTheme } = useAppliedTheme(theme);
  const drawers = useDrawers();
  useAppSurface(drawers, systemTheme);
  useActionDispatch(api);
  useGlossLinks(api);
  const dragging = useFileDrop();
  const view = useGloss((s) => s.view);
  useEffect(() => {
    // Starts after the effect, as every load's state changes come from the calls it waits for.
    void Promise.resolve().then(glossStore.getState().loadLibrary);
    const stopCore = followCoreEvents(api, glossStore.setState);
    const stopImports = followImportProgress(api, glossStore.getState);
    return () => {
      stopCore();
      stopImports();
    };
  }, []);

  return (
    <div className="app" onKeyDown={drawers.closeOnEscape} data-view={view} data-library={drawers.open.library ? 'open' : undefined} data-annotations={drawers.open['annotation-panel'] ? 'open' : undefined}>
      <TopBar drawers={drawers} />
      <NoticeBar />
      <div className="workspace">
        <LibraryNav />
        <ViewPanes />
      </div>
      <ImportTray />
      <StatusMessage />
      <ShortcutSheet />
      <BackupsDialog />
      <ExportDialog />
      <CommandPalette />
      <LibrarySearchDialog />
      <PasteDialog />
      <FileInput />
      {dragging && <DropOverlay />}
    </div>
  );
}
