import { keyHint } from '../actions/keyHints';
import type { Drawers } from '../hooks/useDrawers';
import { glossStore, useGloss } from '../store/useGloss';
import { DrawerToggle } from './DrawerToggle';
import { ThemeSwitch } from './ThemeSwitch';
import { ViewSwitch } from './ViewSwitch';

/** The bar at the top: the drawers' toggles (narrow windows), the views, the theme, backups, the palette and the shortcut sheet. */
export function TopBar({ drawers }: { drawers: Drawers }) {
  const hasDocument = useGloss((s) => s.current !== null);
  const view = useGloss((s) => s.view);
  const theme = useGloss((s) => s.settings?.theme ?? 'system');
  const { setView, updateSettings, openDialog } = glossStore.getState();
  return (
    <header className="topbar">
      {drawers.narrow && <DrawerToggle label="Library" action="reading.library" controls="library" side="left" expanded={drawers.open.library} onToggle={drawers.toggleLibrary} />}
      <div className="brand" aria-label="Gloss">
        <span className="brand-mark" aria-hidden="true">
          G
        </span>
        <span className="brand-name">Gloss</span>
      </div>
      {hasDocument && <ViewSwitch view={view} onChange={setView} />}
      <div className="topbar-actions">
        {drawers.narrow && hasDocument && view === 'read' && (
          <DrawerToggle label="Annotations" action="reading.panel" controls="annotation-panel" side="right" expanded={drawers.open['annotation-panel']} onToggle={drawers.togglePanel} />
        )}
        <ThemeSwitch value={theme} onChange={(value) => void updateSettings({ theme: value })} />
        <button type="button" className="secondary-button" onClick={() => openDialog('backups')}>
          Backups
        </button>
        <button type="button" className="icon-button" onClick={() => openDialog('shortcuts')} aria-label="Keyboard shortcuts" {...keyHint('app.shortcuts', 'Keyboard shortcuts')}>
          ?
        </button>
      </div>
    </header>
  );
}
