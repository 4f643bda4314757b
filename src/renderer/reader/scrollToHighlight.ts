import type { Editor } from '@tiptap/react';

const FLASH_MS = 1200;

/** The drawn elements of a highlight (several when it spans paragraphs or overlaps others). */
function marksOf(editor: Editor, id: string): HTMLElement[] {
  return [...editor.view.dom.querySelectorAll<HTMLElement>(`mark[data-annotation-id="${CSS.escape(id)}"]`)];
}

/** Scrolls a highlight to the middle of the reader, and briefly flashes it when asked. */
export function scrollToHighlight(editor: Editor, id: string, from: number, flash: boolean): void {
  const { node } = editor.view.domAtPos(from);
  const element = node instanceof HTMLElement ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center' });
  if (!flash) return;
  // Sections near the target have just been laid out; flash on the next frame, once marks exist.
  requestAnimationFrame(() => {
    for (const mark of marksOf(editor, id)) {
      mark.classList.remove('hl-flash');
      void mark.offsetWidth; // restart the animation
      mark.classList.add('hl-flash');
      setTimeout(() => mark.classList.remove('hl-flash'), FLASH_MS);
    }
  });
}
