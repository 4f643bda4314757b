import type { TextBlock, TextStructure } from '../../shared/text/blocks';
import { splitParagraphs } from '../../shared/text/paragraphs';

/**
 * A structure sent with a text, made to fit it: blocks in paragraph order, one
 * per paragraph, none past the text's last paragraph, marks inside their
 * paragraph. Null when nothing is left (the text is plain paragraphs). A
 * client's slip costs a heading or a mark, never the save of the words.
 */
export function fitStructure(structure: TextStructure, text: string): TextStructure | null {
  const paragraphs = splitParagraphs(text);
  const blocks: TextBlock[] = [];
  const sorted = [...structure.blocks].sort((a, b) => a.paragraph - b.paragraph);
  for (const block of sorted) {
    const range = paragraphs[block.paragraph];
    if (!range || blocks[blocks.length - 1]?.paragraph === block.paragraph) continue;
    const length = range.end - range.start;
    const marks = block.marks?.filter((mark) => mark.from < mark.to && mark.to <= length);
    const { marks: _sent, ...layout } = block;
    blocks.push(marks && marks.length > 0 ? { ...layout, marks } : layout);
  }
  return blocks.length > 0 ? { blocks } : null;
}
