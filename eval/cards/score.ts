import type { GeneratedCard } from '../../src/shared/cardGeneration/types';
import type { GoldFact } from '../../src/shared/cardGeneration/testing/goldFact';
import { findJunk } from '../../src/shared/cardGeneration/testing/isJunk';
import { isRecalled } from '../../src/shared/cardGeneration/testing/recall';
import type { CardLabel } from './labels';

/** What the harness counts for one text or a group of texts; rates are worked out when printed. */
export interface Counts {
  texts: number;
  cards: number;
  good: number;
  trivial: number;
  broken: number;
  /** Cards with no label: made by a generator newer than the labels. Never counted as good. */
  unlabelled: number;
  /** Question/answer cards (the rest are clozes). */
  qa: number;
  /** Cards the independent junk checker (testing/isJunk.ts) flags, a cross-check on the labels. */
  flagged: number;
  goldFacts: number;
  recalled: number;
  /** Median generation time in milliseconds (summed over a group). */
  ms: number;
}

/** One text's counts, with the gold facts no card recalls and the cards no label covers. */
export interface TextScore extends Counts {
  missed: GoldFact[];
  unlabelledCards: GeneratedCard[];
}

/** Scores one text's deck against its labels and gold facts. Pure: the caller generates the cards and times them. */
export function scoreText(text: string, cards: readonly GeneratedCard[], labels: ReadonlyMap<string, CardLabel>, gold: readonly GoldFact[], ms: number): TextScore {
  const verdicts = cards.map((card) => labels.get(card.id)?.label);
  const missed = gold.filter((fact) => !isRecalled(fact, cards));
  return {
    texts: 1,
    cards: cards.length,
    good: verdicts.filter((verdict) => verdict === 'good').length,
    trivial: verdicts.filter((verdict) => verdict === 'trivial').length,
    broken: verdicts.filter((verdict) => verdict === 'broken').length,
    unlabelled: verdicts.filter((verdict) => verdict === undefined).length,
    qa: cards.filter((card) => card.type === 'qa').length,
    flagged: findJunk(cards, text).length,
    goldFacts: gold.length,
    recalled: gold.length - missed.length,
    ms,
    missed,
    unlabelledCards: cards.filter((card) => !labels.has(card.id)),
  };
}

/** Adds up the counts of several texts: rates over a group weigh every card (and every gold fact) alike. */
export function sumCounts(scores: readonly Counts[]): Counts {
  const total: Counts = { texts: 0, cards: 0, good: 0, trivial: 0, broken: 0, unlabelled: 0, qa: 0, flagged: 0, goldFacts: 0, recalled: 0, ms: 0 };
  for (const score of scores) {
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += score[key];
  }
  return total;
}

/** The middle value of some timings (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
