/** A character offset inside an element's text, as a DOM position in one of its text nodes. */
function domPoint(element: HTMLElement, offset: number): { node: Text; offset: number } {
  // Highlights split a paragraph's text into several nodes (one per <mark>), so count through all of them.
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let passed = 0;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset <= passed + node.length) return { node, offset: offset - passed };
    passed += node.length;
    last = node;
  }
  if (!last) throw new Error('The paragraph has no text.');
  return { node: last, offset: last.length };
}

/**
 * Sets the document selection to characters [start, end) of an element's
 * text, the same in Gloss (text split by highlight marks) and bare TipTap.
 */
export function placeRange(element: HTMLElement, start: number, end: number): void {
  const from = domPoint(element, start);
  const to = domPoint(element, end);
  const selection = document.getSelection();
  if (!selection) throw new Error('The page has no selection.');
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}
