import type { List, ListItem, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { CardView } from '../../../shared/contract';
import type { ExportDocument, MarkdownGrouping } from '../exportModel';
import { groupHighlights } from './groupHighlights';
import { highlightBlocks } from './highlightBlocks';
import { yamlFrontMatter } from './yamlFrontMatter';

/** What a Markdown export covers and how. */
export interface MarkdownExportOptions {
  grouping: MarkdownGrouping;
  /** When the export was made (ISO 8601), for the front matter. */
  exportedAt: string;
}

/** A card as one list item: its prompt and answer. */
function cardItem(card: CardView): ListItem {
  const label = (value: string) => ({ type: 'strong' as const, children: [{ type: 'text' as const, value }] });
  return {
    type: 'listItem',
    spread: false,
    children: [
      {
        type: 'paragraph',
        children: [label('Q:'), { type: 'text', value: ` ${card.prompt} ` }, label('A:'), { type: 'text', value: ` ${card.answer}` }],
      },
    ],
  };
}

/** A document's part of the export: its heading, source, highlights (grouped) and cards. */
function documentBlocks(doc: ExportDocument, grouping: MarkdownGrouping): RootContent[] {
  const blocks: RootContent[] = [{ type: 'heading', depth: 1, children: [{ type: 'text', value: doc.title }] }];
  if (doc.source.trim() !== '') blocks.push({ type: 'paragraph', children: [{ type: 'text', value: `Source: ${doc.source}` }] });
  const groups = groupHighlights(doc.highlights, grouping);
  if (groups.length === 0) blocks.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'No highlights.' }] }] });
  for (const group of groups) {
    blocks.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: group.title }] });
    for (const highlight of group.highlights) blocks.push(...highlightBlocks(doc.id, highlight));
  }
  const { cards } = doc;
  if (cards.length > 0) {
    blocks.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Flashcards' }] });
    const list: List = { type: 'list', ordered: false, spread: false, children: cards.map(cardItem) };
    blocks.push(list);
  }
  return blocks;
}

/**
 * The Markdown export: YAML front matter (title, source, when, counts), then
 * per document a heading, its highlights as quotes with their details, and
 * its flashcards. The text is built as a Markdown syntax tree and written by
 * mdast-util-to-markdown, which escapes whatever the words hold, so no quote,
 * title or note can change the export's structure.
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
  const tree: Root = { type: 'root', children: documents.flatMap((doc) => documentBlocks(doc, options.grouping)) };
  // A "|" escaped too, so a quote never turns into a table where tables are read (GitHub, Obsidian).
  const body = toMarkdown(tree, { bullet: '-', emphasis: '_', rule: '-', unsafe: [{ character: '|', inConstruct: 'phrasing' }] });
  return `${front}\n${body}`;
}
