import { markdownToPlainText } from '../../shared/text/markdownToPlainText';
import type { IndexedText } from './indexedText';
import type { Anchor, SearchableAnnotation, SearchableCard } from './searchableDocument';
import { wordsOf } from './searchTokens';

/** A highlight as the index holds it: its note as the words it shows. */
export interface IndexedAnnotation {
  id: string;
  note: string;
  tags: readonly string[];
  anchor: Anchor;
  /** What it was made from, so an update re-indexes only highlights that changed. */
  signature: string;
}

/** A card as the index holds it. */
export interface IndexedCard extends SearchableCard {
  signature: string;
}

/** One document in the index: title, text, and its highlights and cards in text order (those without a place last). */
export interface IndexedDocument {
  id: string;
  title: string;
  text: IndexedText;
  annotations: IndexedAnnotation[];
  cards: IndexedCard[];
}

/** Text order; things without a place in the text go last. */
export function byAnchor(a: { anchor: Anchor }, b: { anchor: Anchor }): number {
  if (!a.anchor || !b.anchor) return (a.anchor ? 0 : 1) - (b.anchor ? 0 : 1);
  return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end;
}

/** Characters that may make Markdown; a note without any reads as it is written (parsing costs ~0.4 ms a note). */
const MARKDOWN_SIGNS = /[*_`#>[\]<!|~\\&]|^\s*(?:[-+]|\d+[.)])\s/m;

/** The words a note shows. */
function noteWords(note: string): string {
  if (note.trim() === '') return '';
  return MARKDOWN_SIGNS.test(note) ? markdownToPlainText(note) : note.trim();
}

/** A highlight as indexed; `known` is its earlier version, reused when nothing changed (its note need not be read again). */
export function indexAnnotation(annotation: SearchableAnnotation, known: IndexedAnnotation | undefined): IndexedAnnotation {
  const signature = JSON.stringify([annotation.note, annotation.tags, annotation.anchor]);
  if (known?.signature === signature) return known;
  return { id: annotation.id, note: noteWords(annotation.note), tags: [...annotation.tags], anchor: annotation.anchor, signature };
}

/** A card as indexed, reusing its earlier version when nothing changed. */
export function indexCard(card: SearchableCard, known: IndexedCard | undefined): IndexedCard {
  const signature = JSON.stringify([card.prompt, card.answer, card.tags, card.anchor]);
  return known?.signature === signature ? known : { ...card, tags: [...card.tags], signature };
}

/** The words the index stores for a highlight (its note's and its tags') or a card (both sides and its tags), each once. */
export function itemWords(...texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((text) => wordsOf(text)))];
}
