import type { CardSource, GeneratedCard } from '../types';
import { hash53 } from './hash';
import { collapseSpaces, comparable } from './normalise';

/**
 * A card's id from its content only: type, prompt and answer (compared
 * loosely) and the exact source sentence. Regenerating after an edit
 * elsewhere in the document, or after the sentence moved, gives the same id,
 * so review history and user edits stay attached.
 */
export function cardId(type: GeneratedCard['type'], prompt: string, answer: string, source: CardSource): string {
  return `card-${hash53([type, comparable(prompt), comparable(answer), collapseSpaces(source.exact)].join('\u0000'))}`;
}

/** The group key of a sentence: the same for all its cards, stable while its words stay. */
export function groupKey(sentenceText: string): string {
  return `s-${hash53(collapseSpaces(sentenceText))}`;
}
