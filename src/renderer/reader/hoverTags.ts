import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { TAG_SEPARATOR } from '../../shared/tags/tagName';

/** How long the pointer rests on a highlight before its tags show: moving across the text shows nothing. */
export const HOVER_DELAY_MS = 350;
const GAP = 6;
const EDGE = 8;

/** A highlight's tags by its id, or undefined when it is not known. */
export type TagsOf = (id: string) => readonly string[] | undefined;

/** The highlight marks around an element, innermost first (overlapping highlights nest). */
function* marksAround(target: EventTarget | null): Generator<HTMLElement> {
  let mark = target instanceof Element ? target.closest<HTMLElement>('mark[data-annotation-id]') : null;
  while (mark) {
    yield mark;
    mark = mark.parentElement?.closest<HTMLElement>('mark[data-annotation-id]') ?? null;
  }
}

/** One chip, as the panel draws it: the parents of a hierarchical tag quieter. */
function chip(doc: Document, tag: string): HTMLElement {
  const element = doc.createElement('span');
  element.className = 'tag-chip is-small';
  const cut = tag.lastIndexOf(TAG_SEPARATOR) + 1;
  if (cut > 0) {
    const parents = doc.createElement('span');
    parents.className = 'tag-parents';
    parents.textContent = tag.slice(0, cut);
    element.append(parents);
  }
  element.append(tag.slice(cut));
  return element;
}

/**
 * Shows the tags of the highlight under the pointer in a small tooltip.
 * Tags are read from the annotations on hover, so the thousands of marks
 * in a book carry nothing more than their id, and no React render (which
 * would walk the whole book while the text has the focus) takes part.
 * Keyboard and screen reader users find the same tags in the panel.
 * Returns the function that takes it away.
 */
export function attachHoverTags(root: HTMLElement, tagsOf: TagsOf): () => void {
  const doc = root.ownerDocument;
  const tip = doc.createElement('div');
  tip.className = 'hover-tags';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  doc.body.append(tip);
  let current: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const hide = (): void => {
    clearTimeout(timer);
    current = null;
    tip.hidden = true;
  };
  const show = (mark: HTMLElement, tags: readonly string[], x: number, y: number): void => {
    tip.replaceChildren(...tags.map((tag) => chip(doc, tag)));
    tip.hidden = false;
    // The line of a wrapped highlight that the pointer is on, not the box of all its lines.
    const rect = [...mark.getClientRects()].find((line) => y >= line.top && y <= line.bottom) ?? mark.getBoundingClientRect();
    const view = doc.defaultView!;
    const below = rect.bottom + GAP + tip.offsetHeight <= view.innerHeight - EDGE;
    tip.style.top = `${below ? rect.bottom + GAP : rect.top - GAP - tip.offsetHeight}px`;
    tip.style.left = `${Math.max(EDGE, Math.min(x - 12, view.innerWidth - tip.offsetWidth - EDGE))}px`;
  };
  const onOver = (event: MouseEvent): void => {
    for (const mark of marksAround(event.target)) {
      const id = mark.dataset['annotationId']!;
      const tags = tagsOf(id);
      if (!tags || tags.length === 0) continue;
      if (id === current) return;
      hide();
      current = id;
      const { clientX, clientY } = event;
      timer = setTimeout(() => show(mark, tags, clientX, clientY), HOVER_DELAY_MS);
      return;
    }
    hide();
  };

  root.addEventListener('mouseover', onOver);
  root.addEventListener('mouseleave', hide);
  // Scrolling (of the reader, in the capture phase) or typing moves the text from under the tooltip.
  doc.addEventListener('scroll', hide, true);
  doc.addEventListener('keydown', hide, true);
  return () => {
    hide();
    root.removeEventListener('mouseover', onOver);
    root.removeEventListener('mouseleave', hide);
    doc.removeEventListener('scroll', hide, true);
    doc.removeEventListener('keydown', hide, true);
    tip.remove();
  };
}

/** Hover tags for the reader's editor, reading each highlight's tags from `tagsOf`. */
export function useHoverTags(editor: Editor | null, tagsOf: TagsOf): void {
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    return attachHoverTags(editor.view.dom, tagsOf);
  }, [editor, tagsOf]);
}
