import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/** Nodes whose children are blocks, each on a line of its own. */
const FLOW_CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

/**
 * A note's Markdown as the words a reader sees: markers, link targets and raw
 * HTML gone, blocks on lines of their own. Parsed with the same Markdown
 * parser that renders notes (react-markdown's), so "a_b" or "2 * 3" stay text.
 */
export function markdownToPlainText(markdown: string): string {
  return plainText(fromMarkdown(markdown)).trim();
}

function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'image':
    case 'imageReference':
      // A note draws an image as its description, never loads it.
      return node.alt ? `[image: ${node.alt}]` : '[image]';
    case 'break':
      return '\n';
    // Raw HTML is dropped when a note is shown, so it is no part of what the note says.
    case 'html':
    case 'thematicBreak':
    case 'definition':
      return '';
    default:
      if (!('children' in node)) return '';
      return node.children.map((child) => plainText(child as Nodes)).join(FLOW_CONTAINERS.has(node.type) ? '\n' : '');
  }
}
