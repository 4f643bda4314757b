import type { ImportedBlock } from '../../importedDocument';
import { BlockWalker } from './blockWalker';
import {
  CDATA_SECTION_NODE, DOCUMENT_FRAGMENT_NODE, DOCUMENT_NODE, type DomElement, type DomNode, ELEMENT_NODE,
  TEXT_NODE, localNameOf,
} from './domTypes';
import { isHiddenElement } from './elementRoles';

/**
 * The blocks a reader sees in an HTML document or element, in reading order.
 * Hidden and executable content (scripts, styles, embeds, SVG, form
 * controls) never becomes words. The walk keeps its own stack, so
 * hostile nesting (10,000 <div>s) cannot exhaust the call stack.
 */
export function htmlToBlocks(root: DomNode): ImportedBlock[] {
  const walker = new BlockWalker();
  const stack: Array<{ node: DomNode; leaving?: string }> = [{ node: root }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (leaving !== undefined) {
      walker.leave(node as DomElement, leaving);
      continue;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      walker.addText(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as DomElement;
      const name = localNameOf(element);
      if (isHiddenElement(element, name)) continue;
      walker.enter(element, name);
      stack.push({ node, leaving: name });
    } else if (node.nodeType !== DOCUMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE) {
      continue; // comments, processing instructions, doctypes
    }
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]! });
  }
  return walker.finish();
}
