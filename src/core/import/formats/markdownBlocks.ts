import type { Nodes, Root } from 'mdast';
import type { ImportedBlock } from '../importedDocument';
import { cleanBlockText, type MarkedText } from './blockText';
import { type LinkDefinitions, readInline } from './markdownInline';

/** Where a paragraph sits: the innermost list item or quote decides its kind. */
interface Container {
  kind: 'root' | 'listItem' | 'quote';
  listDepth: number;
  quoteDepth: number;
  ordered?: boolean;
  /** The item's number, until its first paragraph takes it. */
  item?: { number?: number };
}

/**
 * Blocks from a Markdown tree in reading order: headings, paragraphs, list
 * items (a multi-paragraph item gives several, the first with the number),
 * quotes with their nesting, code. Thematic breaks, definitions and raw HTML
 * blocks give nothing.
 */
export function readMarkdownBlocks(root: Root, definitions: LinkDefinitions): ImportedBlock[] {
  const blocks: ImportedBlock[] = [];
  const push = (block: Omit<ImportedBlock, 'text' | 'marks'>, { text, marks }: MarkedText): void => {
    if (text.length === 0) return;
    blocks.push(marks.length > 0 ? { ...block, text, marks } : { ...block, text });
  };
  const visit = (node: Nodes, container: Container): void => {
    switch (node.type) {
      case 'heading':
        return push({ kind: 'heading', level: node.depth }, readInline(node.children, definitions));
      case 'paragraph':
        return push(paragraphKind(container), readInline(node.children, definitions));
      case 'code':
        return push({ kind: 'code' }, cleanBlockText(node.value));
      case 'blockquote': {
        const quoteDepth = container.quoteDepth + 1;
        return node.children.forEach((child) => visit(child, { ...container, kind: 'quote', quoteDepth, item: undefined }));
      }
      case 'list': {
        const listDepth = container.listDepth + 1;
        const start = node.start ?? 1;
        return node.children.forEach((listItem, index) => {
          // One record per item, so only its first paragraph shows the number.
          const item = { number: node.ordered ? start + index : undefined };
          const inner: Container = { ...container, kind: 'listItem', listDepth, ordered: node.ordered === true, item };
          listItem.children.forEach((child) => visit(child, inner));
        });
      }
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return;
      default:
        if ('children' in node) (node.children as Nodes[]).forEach((child) => visit(child, container));
    }
  };
  visit(root, { kind: 'root', listDepth: -1, quoteDepth: -1 });
  return blocks;
}

function paragraphKind(container: Container): Omit<ImportedBlock, 'text' | 'marks'> {
  if (container.kind === 'quote') return { kind: 'quote', depth: Math.min(container.quoteDepth, 8) };
  if (container.kind !== 'listItem') return { kind: 'paragraph' };
  const number = container.item?.number;
  if (container.item) container.item.number = undefined;
  const depth = Math.min(container.listDepth, 8);
  return number === undefined ? { kind: 'listItem', ordered: container.ordered, depth } : { kind: 'listItem', ordered: true, number, depth };
}
