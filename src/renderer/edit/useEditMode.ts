import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationView } from '../../shared/contract';
import { api } from '../api/glossApi';
import type { ReaderEditor } from '../reader/useReaderEditor';
import { glossStore } from '../store/useGloss';
import { serializeEdits } from './serializeEdits';

export interface EditModeOptions {
  documentId: string;
  textVersion: number;
  reader: ReaderEditor;
  annotations: readonly AnnotationView[];
  /** Runs a React update after the next paint (see useAfterPaint): the first keystroke must not wait for a render. */
  defer: (update: () => void) => void;
}

/**
 * Edit-text mode for correcting a transcript: the text becomes editable,
 * highlights move with the edits, and saving stores a new text version.
 */
export function useEditMode({ documentId, textVersion, reader, annotations, defer }: EditModeOptions) {
  // Reopens the document after a save or a discard, with a fresh editor.
  const reload = glossStore.getState().reloadDocument;
  const [editing, setEditing] = useState(false);
  const [dirty, setDirty] = useState(false);
  // Set at the edit itself; the state above follows after the paint, for display.
  const unsaved = useRef(false);
  const [saving, setSaving] = useState(false);
  const { editor } = reader;

  useEffect(() => {
    if (!editor || !editing) return;
    const onUpdate = (): void => {
      if (unsaved.current) return;
      unsaved.current = true;
      defer(() => setDirty(true));
    };
    editor.on('update', onUpdate);
    return () => void editor.off('update', onUpdate);
  }, [editor, editing, defer]);

  // Closing the window with unsaved edits asks first.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const start = useCallback(() => {
    reader.setEditing(true);
    setEditing(true);
    if (editor && !editor.isDestroyed) editor.view.focus();
  }, [editor, reader]);

  const save = useCallback(async () => {
    if (!editor || saving) return;
    if (!unsaved.current) {
      reader.setEditing(false);
      setEditing(false);
      return;
    }
    setSaving(true);
    try {
      const { text, structure, anchors } = serializeEdits(editor.state, annotations.filter((a) => a.anchor).map((a) => a.id));
      await api['document:saveText']({ id: documentId, baseVersion: textVersion, text, anchors, ...(structure.blocks.length > 0 ? { structure } : {}) });
      unsaved.current = false;
      setDirty(false);
      void reload();
    } catch (error) {
      glossStore.getState().feedback.say((error as Error).message, { error: true });
    } finally {
      setSaving(false);
    }
  }, [annotations, documentId, editor, reader, reload, saving, textVersion]);

  /** Leaves edit mode, throwing the edits away (the caller has asked the user). */
  const discard = useCallback(() => {
    reader.setEditing(false);
    setEditing(false);
    if (unsaved.current) void reload();
    unsaved.current = false;
  }, [reader, reload]);

  /** Whether there are edits not yet saved, as of the last keystroke (the `dirty` state may lag a frame). */
  const hasUnsavedEdits = useCallback(() => unsaved.current, []);

  return { editing, dirty, saving, start, save, discard, hasUnsavedEdits };
}
