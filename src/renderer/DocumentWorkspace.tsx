import { useCallback, useEffect, useImperativeHandle, useRef, useState, type MouseEvent, type Ref } from 'react';
import { flushSync } from 'react-dom';
import type { CategoryId, OpenedDocument, ReadingPosition, Settings } from '../shared/contract';
import { api } from './api/glossApi';
import { AnnotationPanel } from './annotations/AnnotationPanel';
import type { NoteEditorHandle } from './annotations/NoteField';
import { useAnnotations } from './annotations/useAnnotations';
import { ConfirmDialog } from './components/ConfirmDialog';
import { DocumentDetails } from './components/DocumentDetails';
import { EditBar } from './edit/EditBar';
import { useEditKeys } from './edit/useEditKeys';
import { useEditMode } from './edit/useEditMode';
import { useAfterPaint } from './hooks/useAfterPaint';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts';
import { dispatchHighlight, highlightsAt } from './reader/highlightPlugin';
import { focusAtFirstParagraphInView } from './reader/readingCaret';
import { ReaderView } from './reader/ReaderView';
import { scrollToHighlight } from './reader/scrollToHighlight';
import { SelectionToolbar } from './reader/SelectionToolbar';
import { textToPos } from './reader/textMap';
import { useReaderEditor } from './reader/useReaderEditor';
import { scrollReaderBy, useRevealPassage, type RevealRequest } from './reader/useRevealPassage';
import { readTextSelection, useTextSelection } from './reader/useTextSelection';
import { undoStep, useWorkspaceFeedback } from './undo/WorkspaceFeedback';

interface DocumentWorkspaceProps {
  /** False while the card browser or review is shown: the reader stays mounted (and keeps its place) but hidden. */
  active: boolean;
  reveal: RevealRequest | null;
  document: OpenedDocument;
  settings: Settings;
  paragraph: number;
  onPositionChange: (position: ReadingPosition) => void;
  onPickColor: (color: CategoryId) => void;
  onRenameCategory: (id: CategoryId, name: string) => void;
  onReload: () => void;
  onError: (message: string) => void;
  onStatus: (message: string) => void;
  /** C / Q on the selected highlight: make a cloze of its words, or a card from the question in its note. */
  onMakeCard: (annotationId: string, kind: 'cloze' | 'qa') => void;
  /** Registers the check the app runs before leaving this document: false (after asking) while edits are unsaved. */
  registerLeaveGuard: (guard: (() => boolean) | null) => void;
  /** Shows or hides the annotation panel where it is a drawer (narrow windows): shown when a highlight is selected. */
  onPanelOpenChange: (open: boolean) => void;
  ref?: Ref<WorkspaceHandle>;
}

/** What the app may ask of the open document from outside. */
export interface WorkspaceHandle {
  /** R: the keyboard in the text, the caret at the start of what is in view (kept where it is while editing). */
  focusReading: () => void;
}

export type { RevealRequest };

/** One open document: the reader with its highlights, the annotation panel, and edit mode. */
export function DocumentWorkspace({ active, reveal, document: opened, settings, paragraph, onPositionChange, onPickColor, onRenameCategory, onReload, onError, onStatus, onMakeCard, registerLeaveGuard, onPanelOpenChange, ref }: DocumentWorkspaceProps) {
  const { summary } = opened;
  const feedback = useWorkspaceFeedback();
  const reader = useReaderEditor(opened.text, opened.annotations);
  const { editor, map } = reader;
  const afterPaint = useAfterPaint();
  const notes = useAnnotations({ documentId: summary.id, text: opened.text, textVersion: summary.textVersion, initial: opened.annotations, editor, map, onError, defer: afterPaint.defer });
  const edit = useEditMode({ documentId: summary.id, textVersion: summary.textVersion, reader, annotations: notes.annotations, reload: onReload, onError, defer: afterPaint.defer });
  const selection = useTextSelection(editor, map, !edit.editing, afterPaint.defer);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const noteRef = useRef<NoteEditorHandle>(null);
  const selected = notes.annotations.find((a) => a.id === selectedId) ?? null;

  const select = useCallback((id: string | null, options: { scroll?: boolean; flash?: boolean } = {}) => {
    afterPaint.defer(() => setSelectedId(id));
    // A narrow window shows the panel of a highlight just selected, so that Enter reaches its note.
    // At once, not after the paint: an Esc pressed meanwhile must find the drawer open to close it.
    // Once it is open this changes no state, so moving on with J costs no extra render.
    if (id) onPanelOpenChange(true);
    if (!editor || editor.isDestroyed) return;
    dispatchHighlight(editor.view, { type: 'select', id });
    const target = id ? notes.annotations.find((a) => a.id === id) : null;
    if (target?.anchor && options.scroll) scrollToHighlight(editor, target.id, textToPos(map, target.anchor.start, 'start'), options.flash ?? false);
  }, [afterPaint, editor, map, notes.annotations, onPanelOpenChange]);

  const highlightSelection = (color: CategoryId): boolean => {
    // Read from the editor, not from React state: the key may come before the toolbar's next render.
    const selection = editor ? readTextSelection(editor, map) : null;
    if (!selection) {
      onStatus('Select some text first, then highlight it.');
      return true;
    }
    const id = notes.create(selection.start, selection.end, color);
    editor?.commands.setTextSelection(editor.state.selection.to);
    select(id);
    return true;
  };

  /** C / Q on a selected highlight: a cloze of its words, or a card from the question in its note. */
  const cardFromHighlight = (kind: 'cloze' | 'qa'): boolean => {
    if (!selected || edit.editing) return false;
    onMakeCard(selected.id, kind);
    return true;
  };

  useRevealPassage(editor, map, summary.id, reveal, active);

  const step = (direction: 1 | -1): void => {
    const list = notes.placed;
    if (list.length === 0) return onStatus('This document has no highlights yet.');
    const index = list.findIndex((a) => a.id === selectedId);
    const next = index < 0 ? (direction > 0 ? 0 : list.length - 1) : (index + direction + list.length) % list.length;
    select(list[next]!.id, { scroll: true, flash: true });
  };

  useEffect(() => {
    registerLeaveGuard(() => {
      if (!edit.hasUnsavedEdits()) return true;
      setConfirmLeave(true);
      return false;
    });
    return () => registerLeaveGuard(null);
  }, [edit, registerLeaveGuard]);

  // Synchronous (TipTap's focus command waits a frame), so the very next key already goes to the text.
  const focusText = (): void => {
    if (editor && !editor.isDestroyed) editor.view.focus();
  };
  useImperativeHandle(ref, () => ({
    focusReading: () => {
      if (!editor || editor.isDestroyed) return;
      if (edit.editing) editor.view.focus();
      else focusAtFirstParagraphInView(editor);
    },
  }));
  /** Back from the panel to the text; a drawer over the text goes away. */
  const leavePanel = (): void => {
    onPanelOpenChange(false);
    focusText();
  };

  useGlobalShortcuts({
    'Mod+Shift+h': () => !edit.editing && highlightSelection(settings.currentColor),
    ...Object.fromEntries(settings.categories.map((category, i) => [String(i + 1), () => (selection && !edit.editing ? highlightSelection(category.id) : false)])),
    j: () => !edit.editing && (step(1), true),
    k: () => !edit.editing && (step(-1), true),
    Enter: () => {
      if (!selected) return false;
      // The drawer may have been closed by hand: it must show before its note can take the focus.
      flushSync(() => onPanelOpenChange(true));
      noteRef.current?.focus();
    },
    Escape: () => {
      if (edit.editing) return edit.hasUnsavedEdits() ? setConfirmLeave(true) : edit.discard();
      select(null);
      leavePanel();
    },
    Delete: () => (selected && !edit.editing ? (void notes.remove(selected.id), setSelectedId(null), true) : false),
    Backspace: () => (selected && !edit.editing ? (void notes.remove(selected.id), setSelectedId(null), true) : false),
    'Mod+z': () => !edit.editing && (void undoStep(feedback), true),
    e: () => !edit.editing && (edit.start(), true),
    c: () => cardFromHighlight('cloze'),
    q: () => cardFromHighlight('qa'),
    ' ': () => scrollReaderBy(1),
    'Shift+ ': () => scrollReaderBy(-1),
  }, { enabled: active, before: (key) => FRESH_STATE_KEYS.has(key) && afterPaint.flush() });
  // The desktop context menu's "Highlight" entries.
  const highlightFromMenu = useRef(highlightSelection);
  useEffect(() => {
    highlightFromMenu.current = highlightSelection;
  });
  useEffect(() => api.on('command:highlight', ({ color }) => void highlightFromMenu.current(color ?? settings.currentColor)), [settings.currentColor]);
  // Keys that work inside the text while editing.
  useEditKeys(edit.editing && active, { save: () => void edit.save(), cancel: () => (edit.hasUnsavedEdits() ? setConfirmLeave(true) : edit.discard()) });

  // Stable across renders, so the thousands of memoised rows of the panel are not redrawn on each change.
  const selectLatest = useRef(select);
  useEffect(() => {
    selectLatest.current = select;
  });
  const selectFromPanel = useCallback((id: string) => selectLatest.current(id, { scroll: true, flash: true }), []);

  const onTextClick = (event: MouseEvent<HTMLElement>): void => {
    if (!editor || edit.editing || !editor.state.selection.empty) return;
    const pos = editor.view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
    const ids = pos === undefined ? [] : highlightsAt(editor.state, pos);
    if (ids.length === 0) return select(null);
    // Clicking an overlap again moves to the next highlight under the pointer.
    const current = selectedId ? ids.indexOf(selectedId) : -1;
    select(ids[(current + 1) % ids.length]!);
  };

  return (
    <>
      <main className="reader-pane" hidden={!active}>
        <ReaderView
          summary={summary}
          editor={editor}
          layout={reader.layout}
          onPositionChange={onPositionChange}
          onTextClick={onTextClick}
          actions={<EditBar editing={edit.editing} dirty={edit.dirty} saving={edit.saving} onStart={edit.start} onSave={() => void edit.save()} onCancel={() => (edit.hasUnsavedEdits() ? setConfirmLeave(true) : edit.discard())} />}
        />
        {selection && !edit.editing && <SelectionToolbar selection={selection} categories={settings.categories} currentColor={settings.currentColor} onHighlight={highlightSelection} />}
      </main>
      {/* Focusable (not a tab stop) so that A can move the keyboard into it. */}
      <aside className="side-panel" id="annotation-panel" aria-label="Annotation panel" tabIndex={-1} hidden={!active}>
        <AnnotationPanel
          placed={notes.placed}
          orphans={notes.orphans}
          selected={selected}
          categories={settings.categories}
          currentColor={settings.currentColor}
          status={notes.status}
          noteRef={noteRef}
          onSelect={selectFromPanel}
          onPickColor={onPickColor}
          onRenameCategory={onRenameCategory}
          onUpdate={(id, patch) => void notes.update(id, patch)}
          onDelete={(id) => {
            void notes.remove(id);
            setSelectedId(null);
            focusText();
          }}
          onLeave={leavePanel}
        />
        <DocumentDetails summary={summary} paragraph={paragraph} />
      </aside>
      <ConfirmDialog
        open={confirmLeave}
        title="Discard your edits?"
        message="The text has changes that are not saved. Discarding them keeps the last saved version."
        confirmLabel="Discard edits"
        cancelLabel="Keep editing"
        onConfirm={() => {
          setConfirmLeave(false);
          edit.discard();
        }}
        onCancel={() => setConfirmLeave(false)}
      />
    </>
  );
}

/** Keys whose action reads the panel's state, which must include any update still waiting for the next paint. */
const FRESH_STATE_KEYS = new Set(['Enter', 'Escape', 'Delete', 'Backspace', 'j', 'k', 'c', 'q', 'Mod+z']);

