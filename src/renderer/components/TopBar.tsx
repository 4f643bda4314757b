import { actionHost } from '../actions/actionHost';
import { keyHint } from '../actions/keyHints';
import type { Drawers } from '../hooks/useDrawers';
import { glossStore, useGloss } from '../store/useGloss';
import { DrawerToggle } from './DrawerToggle';
import { ThemeSwitch } from './ThemeSwitch';
import { ViewSwitch } from './ViewSwitch';
import { SearchIcon } from './SearchIcon';

/** The bar at the top: the drawers' toggles (narrow windows), the views, the theme, backups, the palette and the shortcut sheet. */
export function TopBar({ drawers }: { drawers: Drawers }) {
  const hasDocument = useGloss((s) => s.current !== null);
  const view = useGloss((s) => s.view);
  const theme = useGloss((s) => s.settings?.theme ?? 'system');
  const { setView, updateSettings, openDialog } = glossStore.getState();
  return (
    <header className="topbar">
      {drawers.narrow && view !== 'library' && view !== 'tags' && <DrawerToggle label="Library" action="reading.library" controls="library" side="left" expanded={drawers.open.library} onToggle={drawers.toggleLibrary} />}
      {/* One image named "Gloss" for assistive technology, whether the name shows beside the mark or not (narrower windows hide it). */}
      <div className="brand" role="img" aria-label="Gloss">
        <span className="brand-mark" aria-hidden="true">
          G
        </span>
        <span className="brand-name">Gloss</span>
      </div>
      <ViewSwitch view={view} hasDocument={hasDocument} onChange={(next) => (next === 'library' || next === 'tags' ? actionHost.surface('app')?.show(next) : setView(next))} />
      <div className="topbar-actions">
        {drawers.narrow && hasDocument && view === 'read' && (
          <DrawerToggle label="Annotations" action="reading.panel" controls="annotation-panel" side="right" expanded={drawers.open['annotation-panel']} onToggle={drawers.togglePanel} />
        )}
        <ThemeSwitch value={theme} onChange={(value) => void updateSettings({ theme: value })} />
        <button type="button" className="secondary-button" onClick={() => openDialog('backups')}>
          Backups
        </button>
        <button type="button" className="icon-button palette-button" onClick={() => openDialog('palette')} aria-label="Show all commands" {...keyHint('app.palette', 'Show all commands')}>
          <SearchIcon />
        </button>
        <button type="button" className="icon-button" onClick={() => openDialog('shortcuts')} aria-label="Keyboard shortcuts" {...keyHint('app.shortcuts', 'Keyboard shortcuts')}>
          ?
        </button>
      </div>
    </header>
  );
}
