import type { FactType } from '../types';

/** A fact a cloze can blank: a span of one sentence and what kind of thing it is. */
export interface Mention {
  factType: FactType;
  /** Shown in the blank: "[...] (city)". */
  hint: string;
  /** Offsets into the document. */
  start: number;
  end: number;
  /** Lower is more worth a card; a sentence keeps its best few. */
  rank: number;
}

/** A question from a template, with its answer as a span of the same sentence. */
export interface Question {
  factType: FactType;
  prompt: string;
  start: number;
  end: number;
  hint?: string;
}

/** Everything one sentence yields. */
export interface SentenceFacts {
  mentions: Mention[];
  questions: Question[];
}

/** How much a fact type is worth a cloze, best first; a sentence keeps its best five. */
export const CLOZE_RANK: Record<FactType, number> = {
  event: 0,
  alias: 0,
  person: 1,
  date: 2,
  place: 3,
  number: 4,
  organisation: 5,
  name: 6,
  acronym: 7,
  list: 8,
  venue: 8,
  highlight: 9,
  note: 9,
  statement: 9,
};
