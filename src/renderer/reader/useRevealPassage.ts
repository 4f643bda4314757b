import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { useGloss } from '../store/useGloss';
import { textToPos, type TextMap } from './textMap';

/** A passage to show in the text ("Show in text" on a card, a tag's passage in the codebook). */
export interface RevealRequest {
  documentId: string;
  start: number;
  end: number;
  /** The highlight there, to select rather than the text. */
  highlightId?: string;
  /** When it was asked for, so asking twice shows it twice. */
  at: number;
}

/**
 * Shows a requested passage (the store's `reveal`) and puts the keyboard there:
 * a highlight is selected (scrolled to and flashed by `selectHighlight`) with
 * the caret at its start; other text is selected and scrolled to the middle.
 */
export function useRevealPassage(editor: Editor | null, map: TextMap, documentId: string, active: boolean, selectHighlight?: (id: string) => void): void {
  const reveal = useGloss((s) => s.reveal);
  useEffect(() => {
    if (!reveal || !active || reveal.documentId !== documentId || !editor || editor.isDestroyed) return;
    const from = textToPos(map, reveal.start, 'start');
    const to = textToPos(map, reveal.end, 'end');
    editor.view.focus();
    if (reveal.highlightId && selectHighlight) {
      // A caret, not a selection: selected text would offer to highlight the passage again.
      editor.commands.setTextSelection(from);
      selectHighlight(reveal.highlightId);
      return;
    }
    editor.commands.setTextSelection({ from, to });
    const { node } = editor.view.domAtPos(from);
    (node instanceof HTMLElement ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
  }, [reveal, active, documentId, editor, map, selectHighlight]);
}

/** Scrolls the reading view by most of a screen, as Space does on a page. */
export function scrollReaderBy(direction: 1 | -1): true {
  const scroller = window.document.getElementById('reader');
  scroller?.scrollBy({ top: direction * scroller.clientHeight * 0.9 });
  return true;
}
