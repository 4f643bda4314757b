import type { GoldFact } from '../fixtures/interviewGold';
import type { GeneratedCard } from '../types';

/** Compares answers loosely: case, punctuation, "and" and the order of list items do not matter. */
export function sameAnswer(a: string, b: string): boolean {
  return listForm(a) === listForm(b);
}

function listForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/\band\b/g, ',')
    .split(/[,;]/)
    .map((item) => item.replace(/[^\p{L}\p{N}-]+/gu, ' ').trim())
    .filter(Boolean)
    .sort()
    .join('|');
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();

/** True when some card states the gold fact: the right answer, from the right sentence, about the right thing. */
export function isRecalled(fact: GoldFact, cards: readonly GeneratedCard[]): boolean {
  return cards.some(
    (card) =>
      fact.answers.some((answer) => sameAnswer(answer, card.answer)) &&
      squash(card.source.exact).includes(squash(fact.sentence)) &&
      (fact.prompt ?? []).every((phrase) => squash(card.prompt).includes(squash(phrase))),
  );
}

/** The share of gold facts some card recalls, and the ones none does. */
export function recallOf(gold: readonly GoldFact[], cards: readonly GeneratedCard[]): { recall: number; missed: GoldFact[] } {
  const missed = gold.filter((fact) => !isRecalled(fact, cards));
  return { recall: (gold.length - missed.length) / gold.length, missed };
}
