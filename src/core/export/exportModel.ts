import type { CardView, CategoryId, MarkdownGrouping } from '../../shared/contract';

/**
 * What every export format reads: the documents as the user sees them, with
 * their highlights placed in the current text and their cards. Collected
 * once (collectExport) and handed to pure formatters.
 */
export interface ExportHighlight {
  id: string;
  quote: string;
  color: CategoryId;
  /** The colour's category name ("Key fact"). */
  category: string;
  note: string;
  tags: string[];
  /** Who speaks there, in a transcript. */
  speaker: string | null;
  /** 1-based paragraph number in the current text; null for an orphan. */
  paragraph: number | null;
  /** Where it is in the current text; null for an orphan (then `orphanReason` says why). */
  anchor: { start: number; end: number } | null;
  orphanReason: string | null;
  created: string | null;
  modified: string | null;
}

/** One document in an export. */
export interface ExportDocument {
  id: string;
  title: string;
  source: string;
  textVersion: number;
  /** In document order, orphans last. */
  highlights: ExportHighlight[];
  cards: CardView[];
}

export type { MarkdownGrouping };
