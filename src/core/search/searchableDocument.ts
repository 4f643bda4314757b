/** Where a highlight or a card's source sentence is in the current text; null when it has no place there. */
export type Anchor = { start: number; end: number } | null;

/** A highlight as the search reads it. */
export interface SearchableAnnotation {
  id: string;
  /** The note as written (Markdown); the index searches the words it shows. */
  note: string;
  tags: readonly string[];
  anchor: Anchor;
}

/** A card as the search reads it (deleted cards are left out before). */
export interface SearchableCard {
  id: string;
  prompt: string;
  answer: string;
  /** Its tags: one vocabulary with the highlights', searched alike. */
  tags: readonly string[];
  anchor: Anchor;
}

/**
 * What the index is given of one document. Without `text`, the text it
 * holds already stays (only highlights, cards or the title changed).
 */
export interface SearchableDocument {
  id: string;
  title: string;
  text?: string;
  /** With `text`: its version and stored SHA-256, under which its word map is saved (absent for a text stored without a hash: it is indexed anew each launch). */
  textKey?: { version: number; sha256: string };
  /** With `text`: the word map an earlier launch saved for the document, used only if it checks out against `textKey`. */
  savedWords?: Uint8Array;
  annotations: readonly SearchableAnnotation[];
  cards: readonly SearchableCard[];
}

/** What indexing a document gave back: its text's word map to save, when it had to be built. */
export interface PutResult {
  wordsToSave?: Uint8Array;
}
