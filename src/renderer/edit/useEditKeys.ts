import { useEffect, useRef } from 'react';
import { keyName } from '../hooks/useGlobalShortcuts';

/**
 * The two keys that still belong to the app while the text is being edited
 * (everything else goes to the editor): Mod+S saves, Esc leaves edit mode.
 */
export function useEditKeys(editing: boolean, actions: { save: () => void; cancel: () => void }): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    if (!editing) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (document.querySelector('dialog[open]')) return;
      const key = keyName(event);
      if (key !== 'Mod+s' && key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      if (key === 'Mod+s') latest.current.save();
      else latest.current.cancel();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [editing]);
}
