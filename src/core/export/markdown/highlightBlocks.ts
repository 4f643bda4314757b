import { glossLink } from '../../../shared/export/glossLink';
import type { ExportHighlight } from '../exportModel';
import { escapedParagraph, escapeLine, linesOf } from './markdownText';

/** A tag as a Markdown #tag: hierarchy kept ("#exercise/kyrgyzstan"), spaces made dashes, as note apps read tags. */
export function hashTag(tag: string): string {
  return `#${tag.replace(/\s+/gu, '-')}`;
}

/**
 * A note as written (it is Markdown), inside a list item of its own: every
 * line indented into the item, so whatever the note opens (a fence, an HTML
 * block, a heading) ends with the item and never spills into the export.
 */
export function noteItem(note: string): string {
  const lines = linesOf(note.trim()).map((line) => (line.trim() === '' ? '' : `  ${line.replaceAll('\u0000', '\uFFFD')}`));
  return `- **Note**\n\n${lines.join('\n')}`;
}

/**
 * One highlight as Markdown: its exact words as a block quote (line breaks
 * kept), then a line with its category, speaker, paragraph and a gloss://
 * link back to it, its tags, and its note.
 */
export function highlightBlocks(documentId: string, highlight: ExportHighlight): string[] {
  const blocks = [escapedParagraph(highlight.quote, '> ')];
  const details = [`_${escapeLine(highlight.category)}_`];
  if (highlight.speaker) details.push(`Speaker: ${escapeLine(highlight.speaker)}`);
  if (highlight.paragraph !== null && highlight.anchor) {
    details.push(`¶ ${highlight.paragraph}`, `[Open in Gloss](${glossLink({ documentId, ...highlight.anchor })})`);
  } else {
    details.push(`Not in the current text: ${escapeLine(highlight.orphanReason ?? 'its words are gone')}`);
  }
  blocks.push(details.join(' · '));
  if (highlight.tags.length > 0) blocks.push(escapeLine(`Tags: ${highlight.tags.map(hashTag).join(' ')}`));
  if (highlight.note.trim() !== '') blocks.push(noteItem(highlight.note));
  return blocks;
}
