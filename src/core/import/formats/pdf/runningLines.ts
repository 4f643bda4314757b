import type { PageLines, TextLine } from './layoutTypes';
import { isPageNumber } from './pageNumber';

/** Share of the page's height, at the top and at the bottom, where running heads and feet live. */
const MARGIN_BAND = 0.1;
/** A margin line is a running head or foot when its text recurs on at least this share of the pages. */
const RECURRING_SHARE = 0.3;

/** A line's text with digits and case ironed out, so "Chapter 3 · 41" and "Chapter 3 · 42" match. */
function recurringKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function inMarginBand(line: TextLine, page: PageLines): boolean {
  const band = (page.top - page.bottom) * MARGIN_BAND;
  return line.y >= page.top - band || line.y <= page.bottom + band;
}

/**
 * Drops running headers, footers and page numbers: lines in the top or bottom
 * margin band that are only a page number, or whose text (digits aside)
 * recurs on many pages. Needs all pages, as recurrence is a whole-document fact.
 */
export function dropRunningLines(pages: PageLines[]): PageLines[] {
  const pagesWithKey = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set<string>();
    for (const flow of page.flows) for (const line of flow) if (inMarginBand(line, page)) keys.add(recurringKey(line.text));
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const minPages = Math.max(2, Math.ceil(pages.length * RECURRING_SHARE));
  const isRunning = (line: TextLine, page: PageLines): boolean =>
    inMarginBand(line, page) &&
    (isPageNumber(line.text) || (pages.length >= 2 && (pagesWithKey.get(recurringKey(line.text)) ?? 0) >= minPages));

  return pages.map((page) => ({
    ...page,
    flows: page.flows.map((flow) => flow.filter((line) => !isRunning(line, page))).filter((flow) => flow.length > 0),
  }));
}
