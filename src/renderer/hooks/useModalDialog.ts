import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { trackDialog } from './openDialogs';

/**
 * Shows a native <dialog> as a modal while `open` is true (focus trapped, Esc
 * closes it through its close event) and closes it otherwise; `onShown` runs
 * right after it opens, e.g. to put the focus on its safest button.
 */
export function useModalDialog(open: boolean, onShown?: () => void): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  const shown = useEffectEvent(() => onShown?.());
  // Counted while mounted, open or not: the key dispatcher asks whether any is open (see openDialogs).
  useEffect(() => (dialog.current ? trackDialog(dialog.current) : undefined), []);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      shown();
    }
    if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}
