import type { Token } from '../nlp/token';
import { SCALES } from './numberWords';

/** Ranges of numbers and of amounts, carded as one fact: "8 or 9 feet", "between $500 billion and $600 billion". */

export const CURRENCY = /^[$€£¥₽₹]$/;
export const DIGITS = /^\d[\d,.]*$/;

/** Words between the ends of a range of numbers: "8 or 9", "4 by 7", "30 to 40", "between 30,000 and 40,000", "10–12". */
const RANGE_JOINERS = new Set(['or', 'to', 'by', '-', '–', '—']);

/**
 * Where a range of numbers in digits that starts at `at` ends: the index of
 * its second number, or -1. "from 87 to 100" is a change, not a range, and
 * only "between" makes "and" a range's ("12 and 14 of them" lists two).
 */
export function digitRangeEnd(tokens: readonly Token[], at: number, claimed: readonly boolean[]): number {
  const joiner = tokens[at + 1]?.lower ?? '';
  const second = tokens[at + 2];
  if (!second || !DIGITS.test(second.text) || claimed[at + 1] || claimed[at + 2]) return -1;
  if (joiner === 'and') return tokens[at - 1]?.lower === 'between' ? at + 2 : -1;
  if (!RANGE_JOINERS.has(joiner)) return -1;
  return joiner === 'to' && tokens[at - 1]?.lower === 'from' ? -1 : at + 2;
}

/** Where a range of amounts that starts at `from` with its first amount ending before `to` ends, or `to` when there is none. */
export function amountRangeEnd(tokens: readonly Token[], from: number, to: number, claimed: readonly boolean[]): number {
  const joiner = tokens[to]?.lower ?? '';
  const joins = RANGE_JOINERS.has(joiner) || (joiner === 'and' && tokens[from - 1]?.lower === 'between');
  if (!joins || !CURRENCY.test(tokens[to + 1]?.text ?? '') || !DIGITS.test(tokens[to + 2]?.text ?? '') || claimed.slice(to, to + 3).some(Boolean)) return to;
  return SCALES.has(tokens[to + 3]?.lower ?? '') ? to + 4 : to + 3;
}
