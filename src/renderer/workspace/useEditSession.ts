import { useEffect, useState } from 'react';
import type { AnnotationView } from '../../shared/contract';
import { useEditMode } from '../edit/useEditMode';
import type { ReaderEditor } from '../reader/useReaderEditor';
import { glossStore } from '../store/useGloss';

interface Options {
  documentId: string;
  textVersion: number;
  reader: ReaderEditor;
  annotations: readonly AnnotationView[];
  defer: (update: () => void) => void;
}

/**
 * Edit mode with its question: leaving with unsaved edits (Esc, Cancel,
 * another document, a restore) asks "Discard your edits?" first.
 */
export function useEditSession(options: Options) {
  const edit = useEditMode(options);
  const [asking, setAsking] = useState(false);
  const { hasUnsavedEdits, discard } = edit;

  useEffect(() => {
    const { setLeaveGuard } = glossStore.getState();
    setLeaveGuard(() => {
      if (!hasUnsavedEdits()) return true;
      setAsking(true);
      return false;
    });
    return () => setLeaveGuard(null);
  }, [hasUnsavedEdits]);

  /** Leaves edit mode, asking first when there are unsaved edits. */
  const stop = (): void => (hasUnsavedEdits() ? setAsking(true) : discard());
  const question = {
    open: asking,
    discard: () => {
      setAsking(false);
      discard();
    },
    keep: () => setAsking(false),
  };
  return { edit, stop, question };
}

export type EditSession = ReturnType<typeof useEditSession>;
