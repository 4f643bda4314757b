import type { TextBlock } from '../../../shared/text/blocks';

/** A reader node's type and attributes (the attributes its extension declares). */
export interface BlockNode {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A block's layout without its paragraph index and marks: what one reader node says. */
export type BlockLayout = Omit<TextBlock, 'paragraph' | 'marks'>;

/** The node a paragraph is drawn as, from its entry in the structure (none: a plain paragraph). */
export function nodeForBlock(block: BlockLayout | undefined): BlockNode {
  switch (block?.kind) {
    case 'heading':
      return { type: 'heading', attrs: { level: block.level ?? 1 } };
    case 'listItem':
      return { type: 'listItem', attrs: { ordered: block.ordered ?? false, number: block.number ?? null, depth: block.depth ?? 0 } };
    case 'quote':
      return { type: 'quote', attrs: { depth: block.depth ?? 0 } };
    case 'turn':
      return { type: 'turn', attrs: { speaker: block.speaker ?? null, startMs: block.startMs ?? null, endMs: block.endMs ?? null } };
    case 'code':
      return { type: 'codeBlock' };
    default:
      return { type: 'paragraph' };
  }
}

/** The layout a node stands for: the inverse of nodeForBlock (a plain paragraph is kind 'paragraph'). */
export function blockForNode(type: string, attrs: Record<string, unknown>): BlockLayout {
  // Attributes left at null were absent from the block; they stay absent.
  const present = <T>(value: unknown): T | undefined => (value === null || value === undefined ? undefined : (value as T));
  const number = present<number>(attrs['number']);
  const speaker = present<string>(attrs['speaker']);
  const startMs = present<number>(attrs['startMs']);
  const endMs = present<number>(attrs['endMs']);
  switch (type) {
    case 'heading':
      return { kind: 'heading', level: attrs['level'] as number };
    case 'listItem':
      return { kind: 'listItem', ordered: attrs['ordered'] as boolean, ...(number !== undefined ? { number } : {}), depth: attrs['depth'] as number };
    case 'quote':
      return { kind: 'quote', depth: attrs['depth'] as number };
    case 'turn':
      return { kind: 'turn', ...(speaker !== undefined ? { speaker } : {}), ...(startMs !== undefined ? { startMs } : {}), ...(endMs !== undefined ? { endMs } : {}) };
    case 'codeBlock':
      return { kind: 'code' };
    default:
      return { kind: 'paragraph' };
  }
}
