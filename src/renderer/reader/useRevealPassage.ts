import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { useGloss } from '../store/useGloss';
import type { SelectOptions } from '../workspace/useHighlightSelection';
import { textToPos, type TextMap } from './textMap';

/** A passage to show in the text ("Show in text" on a card, a hit of the library search, a tag's passage in the codebook). */
export interface RevealRequest {
  documentId: string;
  /** The passage to select, in the text's offsets. */
  start?: number | undefined;
  end?: number | undefined;
  /** A highlight to select instead (a note or tag found by the library search). */
  annotationId?: string | undefined;
  /** When it was asked for, so asking twice shows it twice. */
  at: number;
}

/**
 * Shows a requested passage (the store's `reveal`) and puts the keyboard in
 * the text: a highlight is selected (its note shows in the panel), else the
 * passage is selected; either is scrolled to the middle.
 */
export function useRevealPassage(editor: Editor | null, map: TextMap, documentId: string, active: boolean, selectHighlight: (id: string, options: SelectOptions) => void): void {
  const reveal = useGloss((s) => s.reveal);
  useEffect(() => {
    if (!reveal || !active || reveal.documentId !== documentId || !editor || editor.isDestroyed) return;
    editor.view.focus();
    if (reveal.annotationId) {
      selectHighlight(reveal.annotationId, { scroll: true, flash: true });
      return;
    }
    if (reveal.start === undefined || reveal.end === undefined) return;
    const from = textToPos(map, reveal.start, 'start');
    const to = textToPos(map, reveal.end, 'end');
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
