import type { ImportedBlock } from '../../importedDocument';
import type { BlockText } from './blockText';
import type { DomElement } from './domTypes';
import { type OpenList, numberItem } from './listNumbering';

/** Where the text being collected sits; it decides the block's kind. */
export type BlockContext =
  | { kind: 'flow' }
  | { kind: 'quote'; depth: number }
  | { kind: 'heading'; level: number }
  | { kind: 'listItem'; ordered: boolean; number?: number; depth: number; emitted: boolean }
  | { kind: 'code' }
  | { kind: 'row' };

/** The deepest nesting a block records (blocks.ts). */
export const MAX_DEPTH = 8;

/** The block for text collected in a context. A list item's later paragraphs are plain: only its first shows the number. */
export function blockOf(context: BlockContext, { text, marks }: BlockText): ImportedBlock {
  let block: ImportedBlock;
  if (context.kind === 'heading') block = { kind: 'heading', level: context.level, text };
  else if (context.kind === 'quote') block = { kind: 'quote', depth: context.depth, text };
  else if (context.kind === 'code') block = { kind: 'code', text };
  else if (context.kind === 'listItem' && !context.emitted) {
    context.emitted = true;
    block = { kind: 'listItem', ordered: context.ordered, depth: context.depth, text };
    if (context.number !== undefined) block.number = context.number;
  } else block = { kind: 'paragraph', text };
  // Inside a code block, an inline code mark says nothing more.
  const shown = block.kind === 'code' ? marks.filter((mark) => mark.kind !== 'code') : marks;
  if (shown.length > 0) block.marks = shown;
  return block;
}

/** The context of an <li> in the innermost open list (a bulleted one at depth 0 when it stands alone). */
export function listItemContext(lists: OpenList[], element: DomElement): BlockContext {
  const list = lists.at(-1);
  const depth = Math.min(Math.max(lists.length - 1, 0), MAX_DEPTH);
  if (!list?.ordered) return { kind: 'listItem', ordered: false, depth, emitted: false };
  return { kind: 'listItem', ordered: true, number: numberItem(list, element), depth, emitted: false };
}
