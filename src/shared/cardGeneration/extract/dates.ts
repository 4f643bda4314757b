import type { Sentence, Token } from '../nlp/token';
import { MONTHS, VAGUE_TIME } from '../lexicon/words';

/** A specific date or year, as token indexes [from, to). */
export interface DateSpan {
  from: number;
  to: number;
  hint: 'year' | 'date';
}

const LEADING = new Set(['since', 'on', 'in', 'by', 'until', 'till', 'from', 'the', 'of', 'at', 'during', 'before', 'after', 'around', 'about', 'early', 'late', 'mid']);
const BEFORE_YEAR = new Set(['in', 'since', 'by', 'until', 'till', 'of', 'from', 'before', 'after', 'year', 'during', ',', '(', 'to', 'and']);
const YEAR = /^(1[0-9]{3}|20[0-9]{2})$/;

/**
 * Finds dates worth a card: wink's DATE entities that name a day, month
 * and year or a year ("November 15", "1962"), and bare years after "in" or
 * "since" that wink reads as durations ("since 1945"). Relative dates
 * ("next week", "today", "two years ago") are left out: they mean nothing
 * once the article is old.
 */
export function findDates(sentence: Sentence, claimed: readonly boolean[]): DateSpan[] {
  const { tokens } = sentence;
  const found: DateSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (claimed[i]) continue;
    if (token.entity === 'DATE' || token.entity === 'DURATION') {
      let to = i + 1;
      while (to < tokens.length && tokens[to]!.entityId === token.entityId) to++;
      const span = specificDate(tokens, i, to, claimed);
      if (span && (token.entity === 'DATE' || span.hint === 'year')) found.push(span);
      i = to - 1;
    } else if (monthDay(tokens, i, claimed)) {
      const span = monthDay(tokens, i, claimed)!;
      found.push(span);
      i = span.to - 1;
    } else if (YEAR.test(token.text) && BEFORE_YEAR.has(tokens[i - 1]?.lower ?? '')) {
      found.push({ from: i, to: i + 1, hint: 'year' });
    }
  }
  return found;
}

/** The entity without leading prepositions or trailing punctuation, if it is specific. */
function specificDate(tokens: readonly Token[], from: number, to: number, claimed: readonly boolean[]): DateSpan | null {
  while (from < to && (LEADING.has(tokens[from]!.lower) || !/[\p{L}\p{N}]/u.test(tokens[from]!.text))) from++;
  while (to > from && !/[\p{L}\p{N}]/u.test(tokens[to - 1]!.text)) to--;
  if (from === to) return null;
  const words = tokens.slice(from, to);
  if (words.some((_, k) => claimed[from + k])) return null;
  if (!words.some((word) => /\d/.test(word.text))) return null;
  // "two years ago", "the past 30 days": a number of time units is a duration, not a date.
  if (words.some((word) => VAGUE_TIME.has(word.lower) && !MONTHS.has(word.lower))) return null;
  return { from, to, hint: words.length === 1 && YEAR.test(words[0]!.text) ? 'year' : 'date' };
}

const DAY = /^(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?$/;

/** A month (often abbreviated, "Sept." or "Sept" "."), a day, and perhaps ", year": "Sept. 27", "Oct. 4, 2023". */
function monthDay(tokens: readonly Token[], at: number, claimed: readonly boolean[]): DateSpan | null {
  const month = tokens[at]!;
  if (!/^\p{Lu}/u.test(month.text) || !MONTHS.has(month.lower.replace(/\.$/, ''))) return null;
  let day = at + 1;
  if (tokens[day]?.text === '.') day++;
  if (!DAY.test(tokens[day]?.text ?? '')) return null;
  let to = day + 1;
  if (tokens[to]?.text === ',' && YEAR.test(tokens[to + 1]?.text ?? '')) to += 2;
  for (let k = at; k < to; k++) if (claimed[k]) return null;
  return { from: at, to, hint: 'date' };
}
