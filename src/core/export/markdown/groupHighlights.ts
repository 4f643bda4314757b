import type { ExportHighlight, MarkdownGrouping } from '../exportModel';

/** A titled group of highlights, in the order they appear in the document. */
export interface HighlightGroup {
  title: string;
  highlights: ExportHighlight[];
}

/**
 * Groups a document's highlights for Markdown: one group in document order,
 * or one per tag (a highlight with two tags shows under both; untagged last),
 * per colour category (in the colours' order) or per speaker (no speaker last).
 */
export function groupHighlights(highlights: readonly ExportHighlight[], grouping: MarkdownGrouping): HighlightGroup[] {
  if (grouping === 'document') return highlights.length > 0 ? [{ title: 'Highlights', highlights: [...highlights] }] : [];
  const groups = new Map<string, ExportHighlight[]>();
  const add = (title: string, highlight: ExportHighlight) => {
    const list = groups.get(title) ?? [];
    list.push(highlight);
    groups.set(title, list);
  };
  const leftover: ExportHighlight[] = [];
  for (const highlight of highlights) {
    const titles = grouping === 'tag' ? highlight.tags : grouping === 'colour' ? [highlight.category] : highlight.speaker ? [highlight.speaker] : [];
    if (titles.length === 0) leftover.push(highlight);
    for (const title of titles) add(title, highlight);
  }
  const ordered = [...groups.entries()].map(([title, list]) => ({ title, highlights: list }));
  if (grouping === 'tag') ordered.sort((a, b) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }));
  if (grouping === 'colour') ordered.sort((a, b) => a.highlights[0]!.color.localeCompare(b.highlights[0]!.color));
  const leftoverTitle = grouping === 'tag' ? 'Untagged' : 'No speaker';
  return leftover.length > 0 ? [...ordered, { title: leftoverTitle, highlights: leftover }] : ordered;
}
