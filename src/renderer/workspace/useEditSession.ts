import { useEffect, useState } from 'react';
import { useEditMode, type EditModeOptions } from '../edit/useEditMode';
import { glossStore } from '../store/useGloss';

/**
 * Edit mode with its question: leaving with unsaved edits (Esc, Cancel,
 * another document, a restore) asks "Discard your edits?" first.
 */
export function useEditSession(options: EditModeOptions) {
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
