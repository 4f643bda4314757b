import { useCallback, useMemo, useRef, useState } from 'react';
import type { CardView, CategoryId, ErrorDetails } from '../shared/contract';
import { DocumentWorkspace, type RevealRequest, type WorkspaceHandle } from './DocumentWorkspace';
import { api } from './api/glossApi';
import { BackupsDialog } from './backups/BackupsDialog';
import { CardBrowser } from './cards/CardBrowser';
import { makeCardFromHighlight } from './cards/makeCardFromHighlight';
import { ReviewSession } from './cards/ReviewSession';
import { ViewSwitch, type AppView } from './components/ViewSwitch';
import { DrawerToggle } from './components/DrawerToggle';
import { LibrarySidebar } from './components/LibrarySidebar';
import { NoticeBar } from './components/NoticeBar';
import { ShortcutSheet } from './components/ShortcutSheet';
import { StatusMessage, type MessageAction } from './components/StatusMessage';
import { ThemeSwitch } from './components/ThemeSwitch';
import { focusView } from './focusTargets';
import { formatDateTime } from './format';
import { useDrawers } from './hooks/useDrawers';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts';
import { useLibrary } from './hooks/useLibrary';
import { nextThemePreference, useAppliedTheme } from './hooks/useTheme';
import { UndoHistory } from './undo/undoHistory';
import { announceUndoable, undoStep, WorkspaceFeedbackProvider, type WorkspaceFeedback } from './undo/WorkspaceFeedback';

/** The app's frame: library on the left, the reader in the middle, the annotation panel on the right (drawers in narrow windows). */
export function App() {
  const library = useLibrary();
  const { state } = library;
  const [sheetOpen, setSheetOpen] = useState(false);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [view, setView] = useState<AppView>('read');
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean; at: number; action?: MessageAction | undefined } | null>(null);
  const [history] = useState(() => new UndoHistory());
  const feedback = useMemo<WorkspaceFeedback>(() => ({
    history,
    say: (text, options = {}) => setMessage({ text, error: options.error ?? false, action: options.action, at: Date.now() }),
  }), [history]);
  // The card the browser brings into view when it opens (cleared once shown); `at` remounts the browser for each request.
  const [cardToShow, setCardToShow] = useState<{ card: ErrorDetails | null; at: number }>({ card: null, at: 0 });
  const leaveGuard = useRef<(() => boolean) | null>(null);
  const workspace = useRef<WorkspaceHandle>(null);
  const registerLeaveGuard = useCallback((guard: (() => boolean) | null) => {
    leaveGuard.current = guard;
  }, []);
  const clearMessage = useCallback(() => setMessage(null), []);
  const theme = state.settings?.theme ?? 'system';
  const { system: systemTheme } = useAppliedTheme(theme);
  const current = state.current;
  const panelShown = current !== null && view === 'read';
  const drawers = useDrawers(panelShown);
  useGlobalShortcuts({
    '?': () => setSheetOpen(true),
    t: () => void library.updateSettings({ theme: nextThemePreference(theme, systemTheme) }),
    l: drawers.goToLibrary,
    a: drawers.switchToPanel,
    r: () => {
      setView('read');
      // The reader is shown on the next render; focus it then.
      requestAnimationFrame(() => workspace.current?.focusReading());
    },
    // The new view takes the keyboard focus, so Tab and screen readers start there, not on the hidden page.
    b: () => {
      setView('cards');
      requestAnimationFrame(() => focusView('cards'));
    },
    f: () => {
      setView('review');
      requestAnimationFrame(() => focusView('review'));
    },
    Escape: () => (view === 'cards' ? (setView('read'), true) : false),
    // The reader handles Mod+Z itself (it knows about edit mode); review takes back grades.
    'Mod+z': () => view === 'cards' && (void undoStep(feedback), true),
  });
  const say = (text: string, error = false): void => feedback.say(text, { error });
  const renameCategory = async (id: CategoryId, name: string): Promise<void> => {
    const before = state.settings?.categories.find((category) => category.id === id)?.name;
    if (!before || before === name || !(await library.renameCategory(id, name))) return;
    announceUndoable(feedback, `Renamed “${before}” to “${name}”`, `Name “${before}” restored`, async () => void (await library.renameCategory(id, before)));
  };
  const showCard = (card: ErrorDetails): void => {
    setCardToShow({ card, at: Date.now() });
    setView('cards');
  };
  const open = (id: string): void => {
    if (leaveGuard.current && !leaveGuard.current()) return;
    drawers.setOpen('library', false);
    void library.openDocument(id);
  };
  const showInText = (card: CardView): void => {
    if (!card.source?.anchor) return;
    setView('read');
    setReveal({ documentId: card.documentId, ...card.source.anchor, at: Date.now() });
    if (card.documentId !== current?.summary.id) open(card.documentId);
  };

  return (
    <WorkspaceFeedbackProvider value={feedback}>
    <div className="app" onKeyDown={drawers.closeOnEscape} data-library={drawers.open.library ? 'open' : undefined} data-annotations={drawers.open['annotation-panel'] ? 'open' : undefined}>
      <header className="topbar">
        {drawers.narrow && <DrawerToggle label="Library" shortcut="L" controls="library" side="left" expanded={drawers.open.library} onToggle={drawers.toggleLibrary} />}
        <div className="brand" aria-label="Gloss">
          <span className="brand-mark" aria-hidden="true">G</span>
          <span className="brand-name">Gloss</span>
        </div>
        {current && <ViewSwitch view={view} onChange={setView} />}
        <div className="topbar-actions">
          {drawers.narrow && panelShown && (
            <DrawerToggle label="Annotations" shortcut="A" controls="annotation-panel" side="right" expanded={drawers.open['annotation-panel']} onToggle={drawers.togglePanel} />
          )}
          <ThemeSwitch value={theme} onChange={(value) => void library.updateSettings({ theme: value })} />
          <button type="button" className="secondary-button" onClick={() => (!leaveGuard.current || leaveGuard.current()) && setBackupsOpen(true)}>
            Backups
          </button>
          <button type="button" className="icon-button" onClick={() => setSheetOpen(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
            ?
          </button>
        </div>
      </header>
      <NoticeBar notices={state.notices} onDismiss={(id) => void library.dismissNotice(id)} />
      {state.error && (
        <p className="error-banner" role="alert">
          {state.error}
        </p>
      )}
      <div className="workspace">
        <LibrarySidebar documents={state.documents} currentId={current?.summary.id ?? null} onOpen={open} />
        {current && state.settings && view === 'cards' && (
          <main className="view-pane">
            <CardBrowser
              key={cardToShow.at}
              show={cardToShow.card}
              onShown={() => setCardToShow((request) => ({ ...request, card: null }))}
              settings={state.settings!}
              onSettings={(patch) => void library.updateSettings(patch)}
              documentId={current.summary.id} documentTitle={current.summary.title} onShowInText={showInText} onReview={() => setView('review')} onMessage={say} />
          </main>
        )}
        {current && view === 'review' && (
          <main className="view-pane">
            <ReviewSession documentId={current.summary.id} onShowInText={showInText} onClose={() => setView('read')} onMessage={say} />
          </main>
        )}
        {current && state.settings ? (
          <DocumentWorkspace
            ref={workspace}
            active={view === 'read'}
            reveal={reveal}
            key={`${current.summary.id}:${current.summary.textVersion}:${state.openCount}`}
            document={current}
            settings={state.settings}
            paragraph={state.paragraph}
            onPositionChange={library.savePosition}
            onPickColor={(color) => void library.updateSettings({ currentColor: color })}
            onRenameCategory={(id, name) => void renameCategory(id, name)}
            onReload={() => void library.openDocument(current.summary.id)}
            onError={(text) => say(text, true)}
            onStatus={(text) => say(text)}
            onMakeCard={(annotationId, kind) => void makeCardFromHighlight({ documentId: current.summary.id, annotationId, kind }, feedback, showCard)}
            registerLeaveGuard={registerLeaveGuard}
            onPanelOpenChange={drawers.setPanelOpen}
          />
        ) : (
          <main className="reader-pane">
            <p className="reader-empty" role="status">
              {state.loading ? 'Opening…' : state.documents.length > 0 ? 'Choose a document from the library.' : 'The library is empty.'}
            </p>
          </main>
        )}
      </div>
      {message && <StatusMessage key={message.at} text={message.text} error={message.error} action={message.action} onDone={clearMessage} />}
      <ShortcutSheet open={sheetOpen} onClose={() => setSheetOpen(false)} />
      <BackupsDialog
        open={backupsOpen}
        onClose={() => setBackupsOpen(false)}
        onRestored={({ restored, before }) => {
          void library.loadLibrary();
          announceUndoable(feedback, `The library is as it was on ${formatDateTime(restored.takenAt)}`, 'The library is as it was before the restore', async () => {
            await api['backups:restore']({ id: before.id });
            await library.loadLibrary();
          });
        }}
      />
    </div>
    </WorkspaceFeedbackProvider>
  );
}
