import type { CardView } from '../../../shared/contract';
import type { ExportDocument, MarkdownGrouping } from '../exportModel';
import { groupHighlights } from './groupHighlights';
import { highlightBlocks } from './highlightBlocks';
import { escapedParagraph, escapeLine } from './markdownText';
import { yamlFrontMatter } from './yamlFrontMatter';

/** What a Markdown export covers and how. */
export interface MarkdownExportOptions {
  grouping: MarkdownGrouping;
  /** When the export was made (ISO 8601), for the front matter. */
  exportedAt: string;
}

/** A card as one list item: its prompt and answer (later lines indented into the item). */
function cardItem(card: CardView): string {
  const indent = (text: string) => escapedParagraph(text).replace(/\n/gu, '\n  ');
  return `- **Q:** ${indent(card.prompt)} **A:** ${indent(card.answer)}`;
}

/** A document's part of the export: its heading, source, highlights (grouped) and cards, as Markdown blocks. */
function documentBlocks(doc: ExportDocument, grouping: MarkdownGrouping): string[] {
  const blocks = [`# ${escapeLine(doc.title)}`];
  if (doc.source.trim() !== '') blocks.push(`Source: ${escapeLine(doc.source)}`);
  const groups = groupHighlights(doc.highlights, grouping);
  if (groups.length === 0) blocks.push('_No highlights._');
  for (const group of groups) {
    blocks.push(`## ${escapeLine(group.title)}`);
    for (const highlight of group.highlights) blocks.push(...highlightBlocks(doc.id, highlight));
  }
  if (doc.cards.length > 0) blocks.push('## Flashcards', doc.cards.map(cardItem).join('\n'));
  return blocks;
}

/**
 * The Markdown export: YAML front matter (title, source, when, counts), then
 * per document a heading, its highlights as quotes with their details, and
 * its flashcards. Every word from the library is escaped (markdownText) or,
 * for notes, fenced into a list item of its own, so no quote, title or note
 * can change the export's structure.
 */
export function markdownExport(documents: readonly ExportDocument[], options: MarkdownExportOptions): string {
  const single = documents.length === 1 ? documents[0] : undefined;
  const front = yamlFrontMatter({
    title: single ? single.title : 'Gloss library',
    ...(single && single.source.trim() !== '' ? { source: single.source } : {}),
    'exported-at': options.exportedAt,
    documents: documents.length,
    highlights: documents.reduce((sum, doc) => sum + doc.highlights.length, 0),
    cards: documents.reduce((sum, doc) => sum + doc.cards.length, 0),
    'grouped-by': options.grouping,
  });
  const body = documents.flatMap((doc) => documentBlocks(doc, options.grouping)).join('\n\n');
  return `${front}\n${body}\n`;
}
