import type { GeneratedCard } from '../types';
import type { GoldFact } from './goldFact';

/** Compares answers loosely: case, punctuation, a leading "the", "and" and the order of list items do not matter. */
export function sameAnswer(a: string, b: string): boolean {
  return listForm(a) === listForm(b);
}

/**
 * True when `answer` holds `phrase` as whole words, case and punctuation
 * aside: "the G7 is more unified than ever" holds "more unified", but
 * "Munich" does not hold "Muni".
 */
export function containsAnswer(answer: string, phrase: string): boolean {
  const words = wordForm(phrase);
  return words !== '' && ` ${wordForm(answer)} `.includes(` ${words} `);
}

function listForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/\band\b/g, ',')
    .split(/[,;]/)
    .map((item) => wordForm(item).replace(/^the /, ''))
    .filter(Boolean)
    .sort()
    .join('|');
}

function wordForm(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ').trim();
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();

/** True when the card's answer states the fact: the same answer, or for a claim or a question/answer pair one holding a key phrase. */
function answerMatches(fact: GoldFact, cardAnswer: string): boolean {
  const holdsPhrase = fact.kind === 'claim' || fact.kind === 'qa';
  return fact.answers.some((answer) => (holdsPhrase ? containsAnswer(cardAnswer, answer) : sameAnswer(answer, cardAnswer)));
}

/** True when some card states the gold fact: the right answer, from the right sentence, about the right thing. */
export function isRecalled(fact: GoldFact, cards: readonly GeneratedCard[]): boolean {
  return cards.some(
    (card) =>
      answerMatches(fact, card.answer) &&
      squash(card.source.exact).includes(squash(fact.sentence)) &&
      (fact.prompt ?? []).every((phrase) => squash(card.prompt).includes(squash(phrase))),
  );
}

/** The share of gold facts some card recalls, and the ones none does. */
export function recallOf(gold: readonly GoldFact[], cards: readonly GeneratedCard[]): { recall: number; missed: GoldFact[] } {
  const missed = gold.filter((fact) => !isRecalled(fact, cards));
  return { recall: (gold.length - missed.length) / gold.length, missed };
}
