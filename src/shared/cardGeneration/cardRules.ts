import { BLANK } from './build/blankWord';
import { comparable } from './build/normalise';

/** What a card says, as the rules below judge it. */
export interface CardContent {
  type: 'cloze' | 'qa';
  prompt: string;
  answer: string;
}

/** A cloze's blank in its prompt: "[...]", with an optional hint, "[...] (city)". */
export const CLOZE_BLANK = /\[\.\.\.\](?: \([^)]{1,40}\))?/g;

/** "[…]" or "[ ... ]", as people type it or as their keyboard corrects "...", read as the blank. */
export function normaliseBlanks(prompt: string): string {
  return prompt.replace(/\[\s*(?:\.\s*\.\s*\.|…)\s*\]/g, BLANK);
}

const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/**
 * What is wrong with a card, in words for the person who wrote it, or null
 * when it is a card: it has a prompt and an answer, and a cloze has a blank
 * that is its answer (words around it, the answer nowhere else in sight).
 * The core refuses a card that breaks these; the forms check them first.
 */
export function cardProblem({ type, prompt, answer }: CardContent): string | null {
  if (type === 'qa') {
    if (!hasWords(prompt)) return 'A card needs a prompt.';
    return hasWords(answer) ? null : 'A card needs an answer.';
  }
  if (!hasWords(answer)) return 'A cloze needs an answer: the words that go in its blank.';
  const blanked = normaliseBlanks(prompt);
  if (!blanked.includes(BLANK)) return 'A cloze needs a blank: write [...] in the prompt where the answer goes.';
  const around = blanked.replace(CLOZE_BLANK, ' ');
  if (!hasWords(around)) return 'A cloze needs words around its blank to prompt with.';
  if (` ${comparable(around)} `.includes(` ${comparable(answer)} `)) return `The prompt still shows the answer (“${answer.trim()}”): write [...] in its place.`;
  return null;
}

/**
 * What makes two cards the same card: kind, prompt and answer compared
 * loosely (case, spacing, punctuation, a blank's hint), so "Who hosts the
 * summit?" and "who hosts the summit" are one card.
 */
export function cardIdentity({ type, prompt, answer }: CardContent): string {
  const marked = type === 'cloze' ? normaliseBlanks(prompt).replace(CLOZE_BLANK, ' clozeblank ') : prompt;
  return [type, comparable(marked), comparable(answer)].join('\u0000');
}
