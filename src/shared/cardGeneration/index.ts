/**
 * Flashcards from a document's key facts, offline and deterministic. Pure:
 * runs in Node, in a worker thread and in the browser.
 */
export { generateCards } from './generateCards';
export { deckBudget, defaultDeckSize, topRanked } from './rank/deckBudget';
export { clozeFromHighlight } from './highlight/clozeFromHighlight';
export { NOTE_QUESTION_FORMAT, parseNoteQuestion, qaFromNote, type NoteQuestion } from './highlight/qaFromNote';
export type { CardSource, FactType, GeneratedCard, GenerateOptions, RankedCard } from './types';
export { cardIdentity, cardProblem, CLOZE_BLANK, normaliseBlanks, type CardContent } from './cardRules';
