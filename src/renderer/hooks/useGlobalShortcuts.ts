import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Shortcuts by normalised key name: 'j', '?', 'Enter', 'Mod+z', 'Mod+Shift+h'.
 * A handler may return false to say it did not act, leaving the key to the page.
 */
export type ShortcutMap = Record<string, (event: KeyboardEvent) => boolean | void>;

/** 'Mod+Shift+h' style name of a key press; Mod is Ctrl, or Cmd on a Mac. */
export function keyName(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): string {
  const letter = /^[a-z]$/i.test(event.key);
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('Mod');
  if (event.altKey) parts.push('Alt');
  // Shift is part of printable symbols already ('?'), so it is named only with letters and named keys.
  if (event.shiftKey && (letter || event.key.length > 1)) parts.push('Shift');
  parts.push(letter ? event.key.toLowerCase() : event.key);
  return parts.join('+');
}

/** Whether a key event comes from somewhere the user is typing (a field, or the text in edit mode). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return target.closest('[data-reading="true"]') === null;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const ACTIVATION_KEYS = new Set(['Enter', ' ', 'Delete', 'Backspace', 'Escape']);

/** Whether a control (button, link) should keep its own meaning for this key. */
function belongsToControl(event: KeyboardEvent): boolean {
  const target = event.target;
  return ACTIVATION_KEYS.has(event.key) && target instanceof HTMLElement && target.closest('button, a, summary, [role="button"]') !== null;
}

/**
 * Binds shortcuts on the window, in the capture phase so the reading view's
 * editor never sees keys meant for the app. They never fire while the user
 * types in a field or a dialog is open.
 */
export function useGlobalShortcuts(shortcuts: ShortcutMap, options: { enabled?: boolean; before?: (key: string) => void } = {}): void {
  const { enabled = true, before } = options;
  const latest = useRef({ shortcuts, before });
  // A layout effect, so a render forced by `before` (flushSync) refreshes the handlers at once.
  useLayoutEffect(() => {
    latest.current = { shortcuts, before };
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target) || belongsToControl(event)) return;
      if (document.querySelector('dialog[open]')) return;
      const key = keyName(event);
      if (!latest.current.shortcuts[key]) return;
      // Keys act on what the user sees: bring deferred panel updates in first (which renders,
      // and so refreshes the handlers), then look the handler up again.
      latest.current.before?.(key);
      const action = latest.current.shortcuts[key];
      if (!action || action(event) === false) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [enabled]);
}
