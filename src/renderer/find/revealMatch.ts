import type { EditorView } from '@tiptap/pm/view';
import { firstParagraphStartingInView } from '../reader/readingCaret';
import type { MatchRange } from './matchRanges';

/** The element that draws the text at a position: the match's own span, or the element holding its text. */
function elementAt(view: EditorView, pos: number): Element | null {
  const { node, offset } = view.domAtPos(pos, 1);
  if (node.nodeType === Node.TEXT_NODE) return node.parentElement;
  const child = node.childNodes[offset];
  return child instanceof Element ? child : child?.parentElement ?? (node as Element);
}

/**
 * Brings a match into view: left alone when it already shows below `clearTop`
 * (the find bar's lower edge), otherwise scrolled to the middle of the reader,
 * as a browser's find does, so the words around it show too.
 */
export function revealMatch(view: EditorView, range: MatchRange, clearTop: number): void {
  const element = elementAt(view, range.from);
  const scroller = view.dom.closest('.reader-scroll');
  if (!element || !scroller) return;
  const bounds = scroller.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  if (rect.top >= Math.max(bounds.top, clearTop) && rect.bottom <= bounds.bottom) return;
  element.scrollIntoView({ block: 'center' });
}

/** The position where reading is: the start of the first paragraph that begins in view (where a search starts from). */
export function firstPositionInView(view: EditorView): number {
  const scroller = view.dom.closest('.reader-scroll');
  const bounds = scroller?.getBoundingClientRect();
  const paragraph = bounds ? firstParagraphStartingInView(view.dom, bounds.top + 1, bounds.bottom) : null;
  return paragraph ? view.posAtDOM(paragraph, 0) : 0;
}
