import type { AnnotationTarget, CardView, CategoryId, MarkdownGrouping } from '../../shared/contract';

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
  /** Its selectors (computed in the current text where it is placed, as stored for an orphan); null unless asked for. */
  target: AnnotationTarget | null;
  created: string | null;
  modified: string | null;
}

/** A card as exports read it: its view, and the group it shares with the other cards of its sentence. */
export interface ExportCard extends CardView {
  /** Cards made from one sentence share a group (an Anki export makes them one note); null for a card on its own. */
  group: string | null;
}

/** One document in an export. */
export interface ExportDocument {
  id: string;
  title: string;
  source: string;
  textVersion: number;
  /** SHA-256 of the current text, so an export can be matched to the same text in another library. */
  textSha256: string;
  /** In document order, orphans last. */
  highlights: ExportHighlight[];
  cards: ExportCard[];
}

export type { MarkdownGrouping };
