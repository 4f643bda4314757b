import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { useGloss } from '../store/useGloss';
import { textToPos, type TextMap } from './textMap';

/** A passage to show in the text ("Show in text" on a card). */
export interface RevealRequest {
  documentId: string;
  start: number;
  end: number;
  /** When it was asked for, so asking twice shows it twice. */
  at: number;
}

/** Shows a requested passage (the store's `reveal`): selects it, scrolls it to the middle and puts the keyboard there. */
export function useRevealPassage(editor: Editor | null, map: TextMap, documentId: string, active: boolean): void {
  const reveal = useGloss((s) => s.reveal);
  useEffect(() => {
    if (!reveal || !active || reveal.documentId !== documentId || !editor || editor.isDestroyed) return;
    const from = textToPos(map, reveal.start, 'start');
    const to = textToPos(map, reveal.end, 'end');
    editor.view.focus();
    editor.commands.setTextSelection({ from, to });
    const { node } = editor.view.domAtPos(from);
    (node instanceof HTMLElement ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
  }, [reveal, active, documentId, editor, map]);
}

/** Scrolls the reading view by most of a screen, as Space does on a page. */
export function scrollReaderBy(direction: 1 | -1): true {
  const scroller = window.document.getElementById('reader');
  scroller?.scrollBy({ top: direction * scroller.clientHeight * 0.9 });
  return true;
}
