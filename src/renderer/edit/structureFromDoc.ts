import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { InlineMark, TextBlock, TextStructure } from '../../shared/text/blocks';
import { splitParagraphs } from '../../shared/text/paragraphs';
import { blockForNode } from '../reader/blocks/blockNodes';
import { marksOfNode } from '../reader/blocks/inlineContent';
import { lastAtOrBefore, type TextMap } from '../reader/textMap';

/**
 * The structure of an edited document, over the paragraphs of the text it is
 * saved as (see textMapFromDoc): each paragraph takes the kind and attributes
 * of the node it came from, and that node's marks over its characters. A node
 * emptied by the edits makes no paragraph, and a code block holding a blank
 * line makes two, so paragraph indices are counted from the saved text itself.
 */
export function structureFromDoc(doc: ProseMirrorNode, map: TextMap, text: string): TextStructure {
  const nodes: ProseMirrorNode[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    nodes.push(node);
    return false;
  });
  const blocks: TextBlock[] = [];
  if (nodes.length === 0) return { blocks };
  const marksByNode = new Map<number, InlineMark[]>();
  splitParagraphs(text).forEach((range, paragraph) => {
    const i = lastAtOrBefore(map.textStart, range.start);
    const node = nodes[i]!;
    const layout = blockForNode(node.type.name, node.attrs);
    let nodeMarks = marksByNode.get(i);
    if (!nodeMarks) marksByNode.set(i, (nodeMarks = marksOfNode(node)));
    const marks = clipMarks(nodeMarks, range.start - map.textStart[i]!, range.end - range.start);
    if (layout.kind === 'paragraph' && marks.length === 0) return;
    blocks.push({ paragraph, ...layout, ...(marks.length > 0 ? { marks } : {}) });
  });
  return { blocks };
}

/** Marks of a node moved to a paragraph that starts `shift` characters into it and is `length` long; those outside it dropped. */
function clipMarks(marks: readonly InlineMark[], shift: number, length: number): InlineMark[] {
  return marks.flatMap((mark) => {
    const from = Math.max(mark.from - shift, 0);
    const to = Math.min(mark.to - shift, length);
    return from < to ? [{ ...mark, from, to }] : [];
  });
}
