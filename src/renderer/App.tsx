import { useState } from 'react';
import { DocumentDetails } from './components/DocumentDetails';
import { LibrarySidebar } from './components/LibrarySidebar';
import { NoticeBar } from './components/NoticeBar';
import { ShortcutSheet } from './components/ShortcutSheet';
import { ThemeSwitch } from './components/ThemeSwitch';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts';
import { useLibrary } from './hooks/useLibrary';
import { nextThemePreference, useAppliedTheme } from './hooks/useTheme';
import { ReaderView } from './reader/ReaderView';

/** The app's frame: library on the left, the reader in the middle, the document panel on the right. */
export function App() {
  const { state, openDocument, savePosition, updateSettings, dismissNotice } = useLibrary();
  const [sheetOpen, setSheetOpen] = useState(false);
  const theme = state.settings?.theme ?? 'system';
  useAppliedTheme(theme);
  useGlobalShortcuts({
    '?': () => setSheetOpen(true),
    t: () => void updateSettings({ theme: nextThemePreference(theme) }),
    T: () => void updateSettings({ theme: nextThemePreference(theme) }),
    l: () => focusLibrary(),
    L: () => focusLibrary(),
    r: () => document.getElementById('reader')?.focus(),
    R: () => document.getElementById('reader')?.focus(),
  });
  const current = state.current;

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand" aria-label="Gloss">
          <span className="brand-mark" aria-hidden="true">G</span>
          <span className="brand-name">Gloss</span>
        </div>
        <div className="topbar-actions">
          <ThemeSwitch value={theme} onChange={(value) => void updateSettings({ theme: value })} />
          <button type="button" className="icon-button" onClick={() => setSheetOpen(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
            ?
          </button>
        </div>
      </header>
      <NoticeBar notices={state.notices} onDismiss={(id) => void dismissNotice(id)} />
      {state.error && (
        <p className="error-banner" role="alert">
          {state.error}
        </p>
      )}
      <div className="workspace">
        <LibrarySidebar documents={state.documents} currentId={current?.summary.id ?? null} onOpen={(id) => void openDocument(id)} />
        <main className="reader-pane">
          {current ? (
            <ReaderView key={`${current.summary.id}:${current.summary.textVersion}`} document={current} onPositionChange={savePosition} />
          ) : (
            <p className="reader-empty" role="status">
              {state.loading ? 'Opening…' : 'The library is empty.'}
            </p>
          )}
        </main>
        <aside className="side-panel" aria-label="Document panel">
          {current && <DocumentDetails summary={current.summary} paragraph={state.paragraph} />}
        </aside>
      </div>
      <ShortcutSheet open={sheetOpen} onClose={() => setSheetOpen(false)} />
    </div>
  );
}

function focusLibrary(): void {
  const list = document.getElementById('library-list');
  const target = list?.querySelector<HTMLButtonElement>('button[aria-current="page"]') ?? list?.querySelector('button');
  target?.focus();
}
