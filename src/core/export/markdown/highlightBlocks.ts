import type { BlockContent, DefinitionContent, PhrasingContent } from 'mdast';
import { glossLink } from '../../../shared/export/glossLink';
import type { ExportHighlight } from '../exportModel';
import { noteAsMarkdown } from './noteAsMarkdown';

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** A tag as a Markdown #tag: hierarchy kept ("#exercise/kyrgyzstan"), spaces made dashes, as note apps read tags. */
export function hashTag(tag: string): string {
  return `#${tag.replace(/\s+/gu, '-')}`;
}

/**
 * One highlight as Markdown blocks: its exact words as a block quote (each
 * line of the quote a line of the block), then a line with its category,
 * speaker, paragraph and a gloss:// link back to it, its tags, and its note.
 */
export function highlightBlocks(documentId: string, highlight: ExportHighlight): (BlockContent | DefinitionContent)[] {
  const lines = highlight.quote.split(/\r?\n/u);
  const quoted: PhrasingContent[] = lines.flatMap((line, index) => (index === 0 ? [text(line)] : [{ type: 'break' } as PhrasingContent, text(line)]));
  const details: PhrasingContent[] = [{ type: 'emphasis', children: [text(highlight.category)] }];
  if (highlight.speaker) details.push(text(` · Speaker: ${highlight.speaker}`));
  if (highlight.paragraph !== null && highlight.anchor) {
    details.push(text(` · ¶ ${highlight.paragraph} · `));
    details.push({ type: 'link', url: glossLink({ documentId, ...highlight.anchor }), children: [text('Open in Gloss')] });
  } else {
    details.push(text(` · Not in the current text: ${highlight.orphanReason ?? 'its words are gone'}`));
  }
  const blocks: (BlockContent | DefinitionContent)[] = [
    { type: 'blockquote', children: [{ type: 'paragraph', children: quoted }] },
    { type: 'paragraph', children: details },
  ];
  if (highlight.tags.length > 0) blocks.push({ type: 'paragraph', children: [text(`Tags: ${highlight.tags.map(hashTag).join(' ')}`)] });
  if (highlight.note.trim() !== '') {
    blocks.push({ type: 'paragraph', children: [{ type: 'strong', children: [text('Note')] }] });
    blocks.push(...noteAsMarkdown(highlight.note));
  }
  return blocks;
}
