import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { firstVisibleParagraphElement } from './readingPosition';

/** The paragraph after this one, across a section boundary. */
function nextParagraphElement(paragraph: Element): HTMLElement | null {
  return (paragraph.nextElementSibling ?? paragraph.parentElement?.nextElementSibling?.firstElementChild ?? null) as HTMLElement | null;
}

/**
 * The first paragraph whose beginning shows between `top` and `bottom`: the
 * one at the top of the view if its first line is in view, else the next one
 * if it begins in view, else (one paragraph fills the view) the top one.
 */
export function firstParagraphStartingInView(textRoot: HTMLElement, top: number, bottom: number): HTMLElement | null {
  const first = firstVisibleParagraphElement(top, textRoot);
  if (!first || first.getBoundingClientRect().top >= top - 1) return first;
  const next = nextParagraphElement(first);
  return next && next.getBoundingClientRect().top < bottom ? next : first;
}

/**
 * Puts the keyboard in the text with the caret on the first character of the
 * first paragraph that begins in view, so that Shift+arrows select from where
 * the reader is looking (and not from a space left after an earlier selection).
 * Nothing scrolls.
 */
export function focusAtFirstParagraphInView(editor: Editor): void {
  const { view } = editor;
  const scroller = view.dom.closest('.reader-scroll');
  const bounds = scroller?.getBoundingClientRect();
  const paragraph = bounds ? firstParagraphStartingInView(view.dom, bounds.top + 1, bounds.bottom) : null;
  if (paragraph) view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, view.posAtDOM(paragraph, 0))));
  view.focus();
}
