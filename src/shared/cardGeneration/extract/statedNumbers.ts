import type { Token } from '../nlp/token';
import { TIME_UNITS } from '../lexicon/words';
import type { Quantity } from './numbers';
import { DIGITS } from './numberRanges';

/** Words before a bare number that make it a stated count or level: "originally 45", "raised to 63", "only 55". */
const COUNT_LEADS = new Set(['to', 'originally', 'only', 'about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'over', 'than', 'just', 'totalling', 'totaling', 'numbering']);

/**
 * A bare number (no unit, no percent) that still states a count: an
 * integer from 10 that is no year, after a word that sets its level
 * ("was raised from 87 to 100", "only 55 have survived"). A bare number
 * elsewhere ("at 45", "number 7", the 87 of "from 87 to 100") says nothing
 * on a card.
 */
export function isStatedCount(tokens: readonly Token[], at: number): boolean {
  const text = tokens[at]!.text;
  if (!/^\d{2,3}(?:,\d{3})*$/.test(text) || Number(text.replace(/,/g, '')) < 10) return false;
  if (/^[-–—:/.]/u.test(tokens[at + 1]?.text ?? '') && /\d/.test(tokens[at + 2]?.text ?? '')) return false;
  // "from 87 to 100" states the new level; "21 to 14" and "30 to 40" are a score and a range, no level.
  if (tokens[at - 1]?.lower === 'to' && DIGITS.test(tokens[at - 2]?.text ?? '')) return tokens[at - 3]?.lower === 'from';
  return COUNT_LEADS.has(tokens[at - 1]?.lower ?? '');
}

/** Words that make "a year" a length of time worth asking: "over a year", "nearly a decade", "less than a month". */
const APPROXIMATORS = new Set(['over', 'nearly', 'almost', 'about', 'around', 'roughly', 'barely', 'just']);

/**
 * "over a year", "nearly a decade", "more than a month", "less than a
 * week": a single unit of time with a word that sizes it is a duration,
 * answered whole. A bare "a year" ("a year ago", "once a year") says
 * nothing.
 */
export function approximateDuration(tokens: readonly Token[], at: number, claimed: readonly boolean[]): Quantity | undefined {
  const word = tokens[at]!.lower;
  const comparative = (word === 'more' || word === 'less') && tokens[at + 1]?.lower === 'than';
  if (!APPROXIMATORS.has(word) && !comparative) return undefined;
  const article = at + (comparative ? 2 : 1);
  const unit = tokens[article + 1];
  if (!/^an?$/u.test(tokens[article]?.lower ?? '') || !unit || !TIME_UNITS.has(unit.lower) || unit.lower.endsWith('s')) return undefined;
  for (let k = at; k <= article + 1; k++) if (claimed[k]) return undefined;
  return { from: at, to: article + 2, unit: -1, hint: 'duration' };
}

/** Units a measure in two parts is counted in: "an hour and 25 minutes", "a mile and a half". */
const MEASURE_UNITS = new Set(['mile', 'foot', 'inch', 'yard', 'pound', 'ounce', 'kilometre', 'kilometer', 'metre', 'meter', 'dollar']);

/**
 * One unit and more of it, as one quantity: "an hour and 25 minutes", "a
 * year and a half", "a mile and a half" (carded in halves, the second part
 * reads as a count of its own: "an hour and [...] minutes").
 */
export function unitAndMore(tokens: readonly Token[], at: number, claimed: readonly boolean[]): Quantity | undefined {
  const article = tokens[at]!.lower;
  if (article !== 'a' && article !== 'an') return undefined;
  const unit = tokens[at + 1]?.lower ?? '';
  if (!(TIME_UNITS.has(unit) || MEASURE_UNITS.has(unit)) || unit.endsWith('s') || tokens[at + 2]?.lower !== 'and') return undefined;
  const next = tokens[at + 3]?.lower ?? '';
  const end = next === 'a' && tokens[at + 4]?.lower === 'half' ? at + 5 : /^\d+$/u.test(next) && /s$/u.test(tokens[at + 4]?.lower ?? '') ? at + 5 : -1;
  if (end === -1) return undefined;
  for (let k = at; k < end; k++) if (claimed[k]) return undefined;
  return { from: at, to: end, unit: -1, hint: TIME_UNITS.has(unit) ? 'duration' : 'number' };
}

/** Scale words that say how many only with the word before them: "several hundred", "a dozen". */
const BARE_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'dozen']);
const ROUGH_LEADS = new Set(['several', 'few', 'many', 'some', 'a']);

/**
 * How many tokens before a bare scale word belong to its count: "several
 * hundred people" is the fact, not "hundred"; 2 for "a few hundred" or
 * "half a dozen", 1 for "several" or "a dozen", 0 otherwise.
 */
export function roughScaleLead(tokens: readonly Token[], at: number, claimed: readonly boolean[]): number {
  if (!BARE_SCALES.has(tokens[at]!.lower)) return 0;
  const before = tokens[at - 1]?.lower ?? '';
  // "a dozen" (and "half a dozen") is a count; "a thousand thanks" and "a hundred times" are manners of speech.
  if (before === 'a' && tokens[at]!.lower !== 'dozen') return 0;
  if (!ROUGH_LEADS.has(before) || claimed[at - 1]) return 0;
  // "a few hundred", "half a dozen": two words lead.
  const twoBefore = claimed[at - 2] ? '' : (tokens[at - 2]?.lower ?? '');
  return (before === 'few' && twoBefore === 'a') || (before === 'a' && twoBefore === 'half') ? 2 : 1;
}
