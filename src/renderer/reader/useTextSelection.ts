import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { posToText, type TextMap } from './textMap';

/** The reader's current selection, as text offsets and where it sits on screen. */
export interface TextSelection {
  start: number;
  end: number;
  /** Viewport coordinates of the selection's first line, for the floating toolbar. */
  top: number;
  left: number;
}

/** Follows the editor's selection; null when it is empty or blank. */
export function useTextSelection(editor: Editor | null, map: TextMap, enabled: boolean): TextSelection | null {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  useEffect(() => {
    if (!editor || !enabled) return;
    const update = (): void => {
      const { from, to, empty } = editor.state.selection;
      if (empty || editor.state.doc.textBetween(from, to, ' ').trim() === '') {
        setSelection(null);
        return;
      }
      const first = editor.view.coordsAtPos(from);
      setSelection({ start: posToText(map, from), end: posToText(map, to), top: first.top, left: first.left });
    };
    const clear = (): void => setSelection(null);
    editor.on('selectionUpdate', update);
    editor.on('blur', clear);
    editor.on('focus', update);
    return () => {
      editor.off('selectionUpdate', update);
      editor.off('blur', clear);
      editor.off('focus', update);
    };
  }, [editor, map, enabled]);
  return enabled ? selection : null;
}
