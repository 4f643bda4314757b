import { ELEMENT_NODE, type DomElement, localNameOf } from './domTypes';

/** One open list: whether it is numbered, and the number its next item shows. */
export interface OpenList {
  ordered: boolean;
  next: number;
  step: 1 | -1;
}

/** The largest item number a block may carry (blocks.ts). */
const MAX_NUMBER = 1_000_000_000;

/** A list as it opens: <ol start> and <ol reversed> decide its first number. */
export function openList(element: DomElement, name: string): OpenList {
  if (name !== 'ol') return { ordered: false, next: 1, step: 1 };
  const reversed = element.hasAttribute('reversed');
  const start = parseInteger(element.getAttribute('start'));
  return {
    ordered: true,
    next: start ?? (reversed ? countItems(element) : 1),
    step: reversed ? -1 : 1,
  };
}

/** The number an item shows (<li value> resets the count) and advances the list. */
export function numberItem(list: OpenList, item: DomElement): number {
  const value = parseInteger(item.getAttribute('value'));
  const shown = list.ordered && value !== undefined ? value : list.next;
  list.next = shown + list.step;
  return Math.min(Math.max(shown, 0), MAX_NUMBER);
}

function countItems(list: DomElement): number {
  let count = 0;
  const children = list.childNodes;
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.nodeType === ELEMENT_NODE && localNameOf(child as DomElement) === 'li') count++;
  }
  return count;
}

function parseInteger(raw: string | null): number | undefined {
  const match = raw === null ? null : /^\s*([+-]?\d{1,10})/.exec(raw);
  return match ? Number(match[1]) : undefined;
}
