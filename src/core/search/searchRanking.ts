/** What one document's hits were, counted by kind. */
export interface HitCounts {
  title: number;
  tags: number;
  notes: number;
  cards: number;
  /** Hits in the text that are whole words ("war" in "war"). */
  textWhole: number;
  /** Hits in the text that are the start of a longer word ("war" in "warm"). */
  textPart: number;
}

/**
 * How well a document answers the query. The user's own words weigh most
 * (a title hit 10, a tag 4, a note 3, a card 2), then the text: its hits
 * with diminishing returns (3 × log2(1 + n)), a part of a longer word
 * counting half a whole word — so a book that mentions a name 500 times
 * ranks above one that mentions it twice, but a single note about it still
 * weighs like a few mentions.
 */
export function documentScore(counts: HitCounts): number {
  const text = counts.textWhole + counts.textPart / 2;
  return 10 * counts.title + 4 * counts.tags + 3 * counts.notes + 2 * counts.cards + 3 * Math.log2(1 + text);
}

/** A document's place in the answer: its score, then its title, then its id (so equal scores keep one order). */
export interface Ranked {
  score: number;
  title: string;
  documentId: string;
}

/** Orders documents best first. */
export function compareRanked(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.title.localeCompare(b.title) || (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0);
}
