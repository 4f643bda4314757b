import type { BlockContent, DefinitionContent, Heading, Nodes, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/** The shallowest heading a note may keep inside an export: below the document's and the group's. */
const NOTE_HEADING_DEPTH = 4;

/**
 * A note (written in Markdown) as a subtree of the export: parsed, so nothing
 * in it can break the export's own structure, with its headings moved below
 * the export's and raw HTML kept as visible text (Gloss never renders it).
 */
export function noteAsMarkdown(note: string): (BlockContent | DefinitionContent)[] {
  const tree = fromMarkdown(note);
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') (node as Heading).depth = Math.max(node.depth, NOTE_HEADING_DEPTH) as Heading['depth'];
    if ('children' in node) {
      node.children = (node.children as RootContent[]).map((child) => (child.type === 'html' ? { type: 'text', value: child.value } : child)) as typeof node.children;
      for (const child of node.children as Nodes[]) visit(child);
    }
  };
  visit(tree);
  // A note that is only raw HTML at block level becomes a paragraph of its text.
  return tree.children.map((child) => (child.type === 'text' ? { type: 'paragraph', children: [child] } : child)) as (BlockContent | DefinitionContent)[];
}
