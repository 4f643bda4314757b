import type { TextStructure } from '../text/blocks';
/** What a card's answer is: the kind of key fact it was made from. */
export type FactType =
  | 'person'
  | 'organisation'
  | 'acronym'
  | 'place'
  | 'date'
  | 'number'
  | 'event'
  | 'list'
  | 'venue'
  | 'name'
  /** Another name the text gives something: "latinized [Alhazen]", "now known as [Alhazen's problem]". */
  | 'alias'
  /** What a speaker said in answer to a question (an interview's exchange). */
  | 'statement'
  /** A cloze the user made from a highlight's words. */
  | 'highlight'
  /** A question/answer the user wrote in a highlight's note. */
  | 'note';

/** Where a card comes from: a span of the document's plain text, UTF-16 offsets into the original text. */
export interface CardSource {
  exact: string;
  start: number;
  end: number;
}

/** One flashcard made from the text; the id depends only on its content, so regenerating keeps it. */
export interface GeneratedCard {
  id: string;
  type: 'cloze' | 'qa';
  prompt: string;
  answer: string;
  /** What kind of answer is expected, e.g. "city" or "year" (clozes show it in the blank). */
  hint?: string;
  factType: FactType;
  /** The cards of one sentence share a group, so a note can show them as c1…c5 siblings. */
  group: string;
  source: CardSource;
}

/** A generated card with its place in the document's deck. */
export interface RankedCard extends GeneratedCard {
  /**
   * Its rank by salience (see rank/salience.ts): 0 for the card that
   * matters most. The default deck holds the best ranks up to its budget;
   * "More cards" reveals the next ones.
   */
  rank: number;
  /**
   * Kept out of the default deck: too easy to guess (the country the text
   * is set in, the answer that dominates it, thanks and greetings) or too
   * slight (a low salience score). Such cards rank after all others, so
   * More cards reaches them last.
   */
  heldBack: boolean;
}

/** Progress and cancellation hooks for long texts, and how much of the deck to keep. */
export interface GenerateOptions {
  /** Called after each chunk of the text (a few paragraphs) with chunks done and in all. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks; when it returns true, generation stops and returns what it has. */
  shouldStop?: () => boolean;
  /**
   * Keep at most a few cards per answer ("CSTO" must not fill a deck); false
   * gives every candidate card, still without duplicates or partial names.
   * @default true
   */
  capPerAnswer?: boolean;
  /**
   * The text's layout as imported: a transcript's speaker turns tell who
   * asks and who answers (see text/turns.ts). Without it, every paragraph
   * is plain prose.
   */
  structure?: TextStructure;
  /** The document's title: what it names is the document's subject, which ranks low as guessable. */
  title?: string;
  /**
   * How many cards to return, best ranks first (returned in document
   * order): a number, 'all', or by default the deck budget for the text's
   * length (rank/deckBudget.ts).
   */
  limit?: number | 'all';
}
