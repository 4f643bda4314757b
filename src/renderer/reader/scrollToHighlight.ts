import type { Editor } from '@tiptap/react';
import { dispatchHighlight } from './highlightDispatch';
import { highlightKey } from './highlightPlugin';

const FLASH_MS = 1200;

/** Scrolls a highlight to the middle of the reader, and briefly flashes it when asked. */
export function scrollToHighlight(editor: Editor, id: string, from: number, flash: boolean): void {
  const { node } = editor.view.domAtPos(from);
  const element = node instanceof HTMLElement ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center' });
  if (!flash) return;
  dispatchHighlight(editor.view, { type: 'flash', id });
  setTimeout(() => {
    // A later jump may have flashed another highlight meanwhile; leave that one be.
    if (!editor.isDestroyed && highlightKey.getState(editor.state)?.flashing === id) dispatchHighlight(editor.view, { type: 'flash', id: null });
  }, FLASH_MS);
}
