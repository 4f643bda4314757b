import type { Sentence, Token } from '../nlp/token';
import { MONTHS, TIME_UNITS } from '../lexicon/words';
import { isCitationYear } from './dates';
import { approximateDuration, isStatedCount, roughScaleLead, unitAndMore } from './statedNumbers';
import { isRhetoricalNumber } from './rhetoricalNumbers';
import { isNumberWord, numberPhraseEnd, SCALES } from './numberWords';
import { amountRangeEnd, CURRENCY, digitRangeEnd, DIGITS } from './numberRanges';

/** A quantity: the number (with its currency sign, scale word or percent) and the unit noun after it. */
export interface Quantity {
  from: number;
  to: number;
  /** The unit's token index ("troops"), or -1 for a percentage or amount of money. */
  unit: number;
  hint: 'number' | 'amount' | 'percentage' | 'duration' | 'ratio';
}

const PERCENT = new Set(['%', 'percent']);
/** A number fused with its unit, as an adjective: "six-year terms", "a four-week review", "10-day". */
const NUMBER_UNIT_COMPOUND = /^(\d[\d,.]*|[a-z]+(?:-[a-z]+)?)-(\p{Ll}+)$/u;
/** Ordinals that end a number in words ("thirty-second"): the second one reads as a unit of time. */
const ORDINAL_UNITS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']);
/** Nouns after a number that are not units: "in 1962 alone", "page 5". */
const NOT_UNITS = new Set(['and', 'or', 'of', 'to', 'am', 'pm', 'a.m.', 'p.m.', 'time']);
/**
 * Counts in words too small to be a fact on their own ("two incidents",
 * "three parts", "the two cosmonauts"): carded only as a duration ("every
 * three years") or a ratio ("three times more likely").
 */
const SMALL_COUNTS = new Set(['two', 'three']);
/** What follows "N times" in a ratio: a comparative, "as", "the", "more", "that of". */
const COMPARING = /^(?:more|less|fewer|as|the|that|(?:great|larg|high|low|small|fast|slow|bigg|long|short|heavi|strong|cheap|wid|deep|old|rich|bright)er)$/u;

/**
 * Finds numbers with a unit ("5,000 troops", "40%", "$3 billion"). A bare
 * number says nothing on a card, and a year is a date, not a quantity.
 */
export function findQuantities(sentence: Sentence, claimed: readonly boolean[]): Quantity[] {
  const { tokens } = sentence;
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (claimed[i]) continue;
    const roughly = approximateDuration(tokens, i, claimed) ?? unitAndMore(tokens, i, claimed);
    if (roughly) {
      found.push(roughly);
      i = roughly.to - 1;
      continue;
    }
    if (token.entity === 'DATE') continue;
    if (isNumberWord(token.lower) || (token.lower === 'one' && SCALES.has(tokens[i + 1]?.lower ?? '')) || roughScaleLead(tokens, i, claimed) > 0) {
      const last = numberPhraseEnd(tokens, i, claimed) - 1;
      const quantity = wordQuantity(tokens, i, last);
      if (quantity) found.push({ ...quantity, from: i - roughScaleLead(tokens, i, claimed) });
      i = last;
      continue;
    }
    const compound = numberUnitCompound(token.lower);
    if (compound) {
      found.push({ from: i, to: i + 1, unit: -1, hint: compound });
      continue;
    }
    if (!DIGITS.test(token.text) || isCitationYear(tokens, i)) continue;
    let from = i;
    const currency = i > 0 && CURRENCY.test(tokens[i - 1]!.text) && !claimed[i - 1];
    if (currency) from = i - 1;
    // "8 or 9 feet", "4 by 7 feet", "between 30,000 and 40,000 people": both ends are the fact, read from the second's unit.
    const range = digitRangeEnd(tokens, i, claimed);
    if (range !== -1) i = range;
    let to = i + 1;
    if (SCALES.has(tokens[to]?.lower ?? '')) to++;
    if (PERCENT.has(tokens[to]?.lower ?? '')) {
      found.push({ from, to: to + 1, unit: -1, hint: 'percentage' });
    } else if (tokens[to]?.lower === 'per' && tokens[to + 1]?.lower === 'cent') {
      found.push({ from, to: to + 2, unit: -1, hint: 'percentage' });
    } else if (currency) {
      // "between $500 billion and $600 billion", "$30 billion or $40 billion": a range of amounts is one fact.
      found.push({ from, to: amountRangeEnd(tokens, from, to, claimed), unit: -1, hint: 'amount' });
      to = found.at(-1)!.to;
    } else if (isUnit(tokens[to]) && !(to === i + 1 && /^(1[0-9]{3}|20[0-9]{2})$/.test(token.text) && tokens[i - 1]?.lower === 'in')) {
      // "6 feet and 10 inches": a measure in two units is one.
      const second = tokens[to + 1]?.lower === 'and' && DIGITS.test(tokens[to + 2]?.text ?? '') && isUnit(tokens[to + 3]) ? to + 3 : -1;
      found.push(second === -1 ? { from, to, unit: to, hint: 'number' } : { from, to: second + 1, unit: -1, hint: TIME_UNITS.has(tokens[to]!.lower) ? 'duration' : 'number' });
      if (second !== -1) to = second + 1;
    } else if (to === i + 1 && range === -1 && isStatedCount(tokens, i)) {
      found.push({ from, to, unit: -1, hint: 'number' });
    }
    i = to - 1;
  }
  return found.filter((quantity) => !isRhetoricalNumber(tokens, quantity.from, quantity.to));
}

/** "six-year" → duration, "seven-volume" → number; "one-time", "two-day-old" and "three-cornered" are not counts. */
function numberUnitCompound(lower: string): Quantity['hint'] | undefined {
  const match = NUMBER_UNIT_COMPOUND.exec(lower);
  if (!match) return undefined;
  const [, count, unit] = match as unknown as [string, string, string];
  // "thirty-second", "twenty-first": an ordinal, not a count of seconds.
  if (ORDINAL_UNITS.has(unit)) return undefined;
  const duration = TIME_UNITS.has(unit) || TIME_UNITS.has(`${unit}s`);
  // "three-cornered", "four-legged", "two-headed": a shape, not a count of anything.
  if (/ed$/u.test(unit)) return undefined;
  if (!(DIGITS.test(count) || isNumberWord(count) || (count === 'one' && duration)) || NOT_UNITS.has(unit)) return undefined;
  return duration ? 'duration' : 'number';
}

/**
 * A count in words with its unit: "fourteen senators", "nine federal
 * agencies" (an adjective may stand between). A count of a time unit is a
 * duration and keeps its unit in the answer ("every [...] (duration)" for
 * "three years"), as a ratio does ("[...] (ratio) more likely" for "three
 * times"). "Hundreds of …" and a bare number word are not counts.
 */
function wordQuantity(tokens: readonly Token[], at: number, last = at): Quantity | undefined {
  let unit = last + 1;
  // "nine federal agencies", "nine compromised agencies", "six United States airports": up to two modifiers may stand between.
  const isModifier = (token: Token | undefined): boolean => !!token && (token.pos === 'ADJ' || token.pos === 'PROPN' || (token.pos === 'VERB' && /(?:ed|en)$/u.test(token.lower)));
  if (isModifier(tokens[unit]) && isUnit(tokens[unit + 1])) unit++;
  else if (isModifier(tokens[unit]) && isModifier(tokens[unit + 1]) && isUnit(tokens[unit + 2])) unit += 2;
  const unitToken = tokens[unit];
  if (!isUnit(unitToken)) return undefined;
  const adjacent = unit === last + 1;
  // "two minute grotesque figures", "four minute holes": "minute" after a count above one is "tiny", not a unit of time.
  if (unitToken!.lower === 'minute') return undefined;
  if (adjacent && TIME_UNITS.has(unitToken!.lower)) return { from: at, to: unit + 1, unit: -1, hint: 'duration' };
  // "ten times more likely", "three times the size": a ratio; "test it five times" counts repeats.
  if (adjacent && unitToken!.lower === 'times' && COMPARING.test(tokens[unit + 1]?.lower ?? '')) return { from: at, to: unit + 1, unit: -1, hint: 'ratio' };
  if (last === at && SMALL_COUNTS.has(tokens[at]!.lower)) return undefined;
  return { from: at, to: last + 1, unit, hint: 'number' };
}

function isUnit(token: Token | undefined): boolean {
  return !!token && token.pos === 'NOUN' && /^\p{Ll}/u.test(token.text) && !MONTHS.has(token.lower) && !NOT_UNITS.has(token.lower);
}
