/**
 * What kind of key fact a gold fact is. Entities and numbers are recalled by
 * a card whose answer is the fact (other wordings listed in `answers`);
 * claims and question/answer pairs by a card whose answer contains one of
 * the fact's key phrases, since a stated position is carded as a clause or
 * as the gist of a reply, not as one name.
 */
export type GoldFactKind = 'entity' | 'number' | 'claim' | 'qa';

/**
 * A key fact a careful reader would make a card of, written by hand. A fact
 * is recalled when some card's answer matches one of `answers` (case,
 * punctuation, a leading "the" and list order aside; for claims and
 * question/answer pairs, when it contains one as whole words), its source
 * sentence contains `sentence`, and its prompt mentions every phrase of
 * `prompt` (what the card is about, e.g. the exercise, or the speaker a
 * claim must be attributed to).
 */
export interface GoldFact {
  about: string;
  answers: string[];
  sentence: string;
  prompt?: string[];
  /** @default 'entity' */
  kind?: GoldFactKind;
}
