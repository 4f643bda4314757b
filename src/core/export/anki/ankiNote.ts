import { createHash } from 'node:crypto';

/** Anki's two kinds of note Gloss writes: a cloze (Text, Back Extra) or a question and answer (Front, Back). */
export type AnkiNoteKind = 'cloze' | 'basic';

/** One card of a note: its place among the note's cards (c1 is 0) and whether the user suspended it in Gloss. */
export interface AnkiCard {
  ord: number;
  suspended: boolean;
}

/** A note as both Anki formats write it; fields are HTML. */
export interface AnkiNote {
  guid: string;
  kind: AnkiNoteKind;
  deck: string;
  /** Cloze: Text, Back Extra. Basic: Front, Back. */
  fields: [string, string];
  /** Anki tags ("a::b", no spaces). */
  tags: string[];
  cards: AnkiCard[];
}

/**
 * A note's GUID, made from what the note stands for in Gloss (a card, or
 * the group of a sentence's clozes) in its document, never from its words:
 * exported again after an edit, the note keeps its GUID and importing it
 * updates the note Anki has instead of adding a second one. 72 bits of a
 * SHA-256 in base64url: no quote, tab or space to escape in the text format.
 */
export function noteGuid(documentId: string, key: string): string {
  return createHash('sha256').update(`gloss\u0000${documentId}\u0000${key}`).digest('base64url').slice(0, 12);
}
