import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { posToText, type TextMap } from './textMap';
import { trimWhitespace } from './trimSelection';

/** The reader's current selection, as text offsets and where it sits on screen. */
export interface TextSelection {
  start: number;
  end: number;
  /** Viewport coordinates of the selection's first line, for the floating toolbar. */
  top: number;
  left: number;
}

/** The editor's selection right now as text offsets, without spaces at its ends; null when it is empty or blank. */
export function readTextSelection(editor: Editor, map: TextMap): TextSelection | null {
  const trimmed = trimWhitespace(editor.state.doc, editor.state.selection);
  if (!trimmed) return null;
  const first = editor.view.coordsAtPos(trimmed.from);
  return { start: posToText(map, trimmed.from), end: posToText(map, trimmed.to), top: first.top, left: first.left };
}

/**
 * Follows the editor's selection for the floating toolbar. The update waits
 * for the next paint (see useAfterPaint): a React commit while the reader has
 * the focus costs a walk over the whole book, and a selection changes on
 * every arrow key.
 */
export function useTextSelection(editor: Editor | null, map: TextMap, enabled: boolean, defer: (update: () => void) => void): TextSelection | null {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  useEffect(() => {
    if (!editor || !enabled) return;
    const update = (): void => defer(() => setSelection(editor.isDestroyed ? null : readTextSelection(editor, map)));
    const clear = (): void => defer(() => setSelection(null));
    editor.on('selectionUpdate', update);
    editor.on('blur', clear);
    editor.on('focus', update);
    return () => {
      editor.off('selectionUpdate', update);
      editor.off('blur', clear);
      editor.off('focus', update);
    };
  }, [editor, map, enabled, defer]);
  return enabled ? selection : null;
}
