import type { Sentence, Token } from '../nlp/token';
import { MONTHS } from '../lexicon/words';

/** A quantity: the number (with its currency sign, scale word or percent) and the unit noun after it. */
export interface Quantity {
  from: number;
  to: number;
  /** The unit's token index ("troops"), or -1 for a percentage or amount of money. */
  unit: number;
  hint: 'number' | 'amount' | 'percentage';
}

const SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'hundred', 'mln', 'bn']);
const PERCENT = new Set(['%', 'percent']);
const CURRENCY = /^[$€£¥₽₹]$/;
const DIGITS = /^\d[\d,.]*$/;
/** Nouns after a number that are not units: "in 1962 alone", "page 5". */
const NOT_UNITS = new Set(['and', 'or', 'of', 'to', 'am', 'pm', 'a.m.', 'p.m.']);

/**
 * Finds numbers with a unit ("5,000 troops", "40%", "$3 billion"). A bare
 * number says nothing on a card, and a year is a date, not a quantity.
 */
export function findQuantities(sentence: Sentence, claimed: readonly boolean[]): Quantity[] {
  const { tokens } = sentence;
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (claimed[i] || token.entity === 'DATE' || !DIGITS.test(token.text)) continue;
    let from = i;
    let to = i + 1;
    const currency = i > 0 && CURRENCY.test(tokens[i - 1]!.text) && !claimed[i - 1];
    if (currency) from = i - 1;
    if (SCALES.has(tokens[to]?.lower ?? '')) to++;
    if (PERCENT.has(tokens[to]?.lower ?? '')) {
      found.push({ from, to: to + 1, unit: -1, hint: 'percentage' });
    } else if (tokens[to]?.lower === 'per' && tokens[to + 1]?.lower === 'cent') {
      found.push({ from, to: to + 2, unit: -1, hint: 'percentage' });
    } else if (currency) {
      found.push({ from, to, unit: -1, hint: 'amount' });
    } else if (isUnit(tokens[to]) && !(to === i + 1 && /^(1[0-9]{3}|20[0-9]{2})$/.test(token.text) && tokens[i - 1]?.lower === 'in')) {
      found.push({ from, to, unit: to, hint: 'number' });
    }
    i = to - 1;
  }
  return found;
}

function isUnit(token: Token | undefined): boolean {
  return !!token && token.pos === 'NOUN' && /^\p{Ll}/u.test(token.text) && !MONTHS.has(token.lower) && !NOT_UNITS.has(token.lower);
}
