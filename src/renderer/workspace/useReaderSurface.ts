import { TextSelection } from '@tiptap/pm/state';
import type { RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { ReaderSurface } from '../../shared/actions';
import type { CategoryId } from '../../shared/contract';
import { useSurface } from '../actions/useActions';
import { clearHighlightFilter } from '../annotations/filter/HighlightFilterBar';
import type { FilteredHighlights } from '../annotations/filter/useFilteredHighlights';
import type { NoteEditorHandle } from '../annotations/NoteField';
import type { TagFieldHandle } from '../annotations/tags/TagCombobox';
import type { Annotations } from '../annotations/useAnnotations';
import { makeCardFromHighlight } from '../cards/makeCardFromHighlight';
import { annotationPanelHasFocus } from '../focusTargets';
import { drawTogether } from '../reader/highlightDispatch';
import { focusAtFirstParagraphInView } from '../reader/readingCaret';
import { scrollReaderBy } from '../reader/useRevealPassage';
import type { ReaderEditor } from '../reader/useReaderEditor';
import { readTextSelection } from '../reader/useTextSelection';
import { glossStore } from '../store/useGloss';
import type { EditSession } from './useEditSession';
import type { HighlightSelection } from './useHighlightSelection';

interface Parts {
  documentId: string;
  reader: ReaderEditor;
  notes: Annotations;
  /** The highlights the panel's filter lets through: J and K move among them. */
  shown: FilteredHighlights;
  session: EditSession;
  selection: HighlightSelection;
  noteRef: RefObject<NoteEditorHandle | null>;
  tagsRef: RefObject<TagFieldHandle | null>;
  /** False while another view shows: the reader stays mounted, but acts on no key. */
  active: boolean;
}

/** What the reader does for actions (and for its own toolbar and panel), registered while it shows. */
export function useReaderSurface({ documentId, reader, notes, shown, session, selection, noteRef, tagsRef, active }: Parts): ReaderSurface & { deleteHighlight: (id: string) => void; leavePanel: () => void } {
  const { editor, map } = reader;
  const { store } = notes;
  const live = editor && !editor.isDestroyed ? editor : null;
  // Synchronous (TipTap's focus command waits a frame), so the very next key already goes to the text.
  const focusEditor = (): void => live?.view.focus();
  const leavePanel = (): void => {
    glossStore.getState().setDrawer('annotation-panel', false);
    focusEditor();
  };
  /** The selected highlight, if the panel lists it. */
  const selectedListed = (): string | null => {
    const id = selection.selectedNow();
    return id && store.annotations.some((a) => a.id === id) ? id : null;
  };
  const deleteHighlight = (id: string): void => {
    void store.remove(id);
    selection.select(null);
  };

  const surface = {
    get editing() {
      return reader.isEditing();
    },
    get hasSelection() {
      return live !== null && readTextSelection(live, map) !== null;
    },
    get hasSelectedHighlight() {
      return selectedListed() !== null;
    },
    highlight: (color: CategoryId | null) => {
      // Read from the editor, not from React state: the key may come before the toolbar's next render.
      const range = live ? readTextSelection(live, map) : null;
      const { settings, feedback } = glossStore.getState();
      if (!live || !range || !settings) return feedback.say('Select some text first, then highlight it.');
      const caret = live.state.selection.to;
      // One transaction draws the highlight, selects it and puts the caret after it: one redraw, one DOM selection write.
      drawTogether(
        live.view,
        () => selection.select(store.create(range.start, range.end, color ?? settings.currentColor)),
        (tr) => tr.setSelection(TextSelection.create(tr.doc, caret)),
      );
    },
    step: (direction: 1 | -1) => {
      const list = shown.placed;
      if (list.length === 0) return glossStore.getState().feedback.say(shown.active ? 'No highlight passes the filter.' : 'This document has no highlights yet.');
      const index = list.findIndex((a) => a.id === selection.selectedNow());
      const next = index < 0 ? (direction > 0 ? 0 : list.length - 1) : (index + direction + list.length) % list.length;
      selection.select(list[next]!.id, { scroll: true, flash: true });
    },
    writeNote: () => {
      // The drawer may have been closed by hand: it must show before its note can take the focus.
      flushSync(() => glossStore.getState().setDrawer('annotation-panel', true));
      noteRef.current?.focus();
    },
    focusTags: () => {
      flushSync(() => glossStore.getState().setDrawer('annotation-panel', true));
      tagsRef.current?.focus();
    },
    back: () => {
      // Esc in the panel with a filter in use clears the filter, and the keyboard stays there.
      if (annotationPanelHasFocus() && clearHighlightFilter()) return;
      selection.select(null);
      leavePanel();
    },
    deleteSelected: () => {
      const id = selectedListed();
      if (id) deleteHighlight(id);
    },
    /** Esc in a note: back to the text, the highlight still selected. */
    leavePanel,
    deleteHighlight: (id: string) => {
      deleteHighlight(id);
      focusEditor();
    },
    writesSettled: () => store.settled(),
    makeCard: (kind: 'cloze' | 'qa') => {
      const id = selectedListed();
      const { feedback, showCard } = glossStore.getState();
      if (id) void store.settled().then(() => makeCardFromHighlight({ documentId, annotationId: id, kind }, feedback, showCard));
    },
    scrollPage: (direction: 1 | -1) => void scrollReaderBy(direction),
    focusText: () => {
      if (!live) return;
      if (reader.isEditing()) live.view.focus();
      else focusAtFirstParagraphInView(live);
    },
    startEditing: session.edit.start,
    saveEdits: () => void session.edit.save(),
    stopEditing: session.stop,
    undoEdit: () => void live?.commands.undo(),
    redoEdit: () => void live?.commands.redo(),
  };
  useSurface('reader', surface, active);
  return surface;
}
