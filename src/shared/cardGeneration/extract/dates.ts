import type { Sentence, Token } from '../nlp/token';
import { MONTHS, VAGUE_TIME } from '../lexicon/words';
import { YEAR, centurySpan, circaYear, yearRange } from './yearSpans';

/** A specific date or year, as token indexes [from, to). */
export interface DateSpan {
  from: number;
  to: number;
  hint: 'year' | 'years' | 'date' | 'month' | 'decade' | 'century';
}

const LEADING = new Set(['since', 'on', 'in', 'by', 'until', 'till', 'from', 'the', 'of', 'at', 'during', 'before', 'after', 'around', 'about', 'early', 'late', 'mid']);
const BEFORE_YEAR = new Set(['in', 'since', 'by', 'until', 'till', 'of', 'from', 'before', 'after', 'year', 'during', ',', '(', 'to', 'and']);

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
    if (isCitationYear(tokens, i)) continue;
    const range = yearRange(tokens, i, claimed) ?? circaYear(tokens, i, claimed) ?? centurySpan(tokens, i, claimed) ?? monthAlone(tokens, i);
    if (range) {
      found.push(range);
      i = range.to - 1;
    } else if (token.entity === 'DATE' || token.entity === 'DURATION') {
      let to = i + 1;
      while (to < tokens.length && tokens[to]!.entityId === token.entityId) to++;
      // wink reads "between 2019 and 2021" as one duration: the range inside it is the date.
      const inside = tokens.slice(i, to).map((_, k) => yearRange(tokens, i + k, claimed)).find(Boolean);
      const span = inside ?? specificDate(tokens, i, to, claimed);
      if (span && (token.entity === 'DATE' || span.hint !== 'date')) found.push(span);
      i = to - 1;
    } else if (monthDay(tokens, i, claimed)) {
      const span = monthDay(tokens, i, claimed)!;
      found.push(span);
      i = span.to - 1;
    } else if (YEAR.test(token.text) && BEFORE_YEAR.has(tokens[i - 1]?.lower ?? '')) {
      found.push({ from: i, to: i + 1, hint: 'year' });
    }
  }
  return found.map((span) => asDecade(tokens, span));
}

/** "the 1990s", "the early 2000's": a decade, with its "'s" inside the blank (a cloze of "2000" would leave "'s" standing). */
function asDecade(tokens: readonly Token[], span: DateSpan): DateSpan {
  const last = tokens[span.to - 1]!;
  const next = tokens[span.to];
  if (span.to - span.from === 1 && /^\d{3}0s$/u.test(last.text)) return { ...span, hint: 'decade' };
  if (/^\d{3}0$/u.test(last.text) && next && /^['’]s$/u.test(next.text) && next.start === last.end) return { from: span.from, to: span.to + 1, hint: 'decade' };
  return span;
}

/** Words before a number that size it as a count ("well over 2000", "more than 1500", "at least 1200"). */
const COUNT_LEADS = new Set(['over', 'than', 'least', 'nearly', 'almost', 'approximately', 'roughly', 'under']);

/** The entity without leading prepositions or trailing punctuation, if it is specific. */
function specificDate(tokens: readonly Token[], from: number, to: number, claimed: readonly boolean[]): DateSpan | null {
  while (from < to && (LEADING.has(tokens[from]!.lower) || !/[\p{L}\p{N}]/u.test(tokens[from]!.text))) from++;
  while (to > from && !/[\p{L}\p{N}]/u.test(tokens[to - 1]!.text)) to--;
  if (from === to) return null;
  const words = tokens.slice(from, to);
  if (words.some((_, k) => claimed[from + k])) return null;
  if (!words.some((word) => /\d/.test(word.text))) return null;
  if (isVersionNumber(tokens, from, to)) return null;
  // "well over 2000", "more than 1500": a number sized like a count is no year.
  if (words.length === 1 && YEAR.test(words[0]!.text) && COUNT_LEADS.has(tokens[from - 1]?.lower ?? '')) return null;
  // "Fig. 15 may be taken …", "10 march past": a month's name in lower case is a verb.
  if (words.some((word) => MONTHS.has(word.lower) && word.text === word.lower)) return null;
  // "two years ago", "the past 30 days": a number of time units is a duration, not a date.
  if (words.some((word) => VAGUE_TIME.has(word.lower) && !MONTHS.has(word.lower))) return null;
  return { from, to, hint: words.length === 1 && YEAR.test(words[0]!.text) ? 'year' : 'date' };
}

/**
 * "vitest 4.1.12", "version 2.3.1": numbers in three dotted parts right
 * after a name are a version, not a day. After a preposition ("on
 * 4.1.12") they stay a date.
 */
function isVersionNumber(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  return to - from === 1 && /^v?\d+\.\d+\.\d+$/u.test(tokens[from]!.text) && !!before && /\p{L}/u.test(before.text) && !LEADING.has(before.lower) && before.pos !== 'ADP';
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

/**
 * "Toomer 1964 lists …", "(Smith, 2003)": a year that cites a work by its
 * author's name says when a scholar wrote, not when anything happened.
 */
export function isCitationYear(tokens: readonly Token[], at: number): boolean {
  if (!YEAR.test(tokens[at]!.text)) return false;
  let before = at - 1;
  if (tokens[before]?.text === ',' && tokens[before - 2]?.text === '(') before--;
  const author = tokens[before];
  // "the Euro 2016 final", "in Paris 2024" name an event; a name after "the", "in" or "of" is no author.
  return !!author && /^\p{Lu}\p{Ll}+$/u.test(author.text) && author.pos === 'PROPN' && !MONTHS.has(author.lower) && !['the', 'in', 'of'].includes(tokens[before - 1]?.lower ?? '');
}

/** Words before a month that make it when something happens: "spacewalks in October", "by March". */
const BEFORE_MONTH = new Set(['in', 'by', 'until', 'since', 'during', 'through', 'from']);

/**
 * A month named on its own after "in", "by" or the like ("spacewalks in
 * October"): in a dated text it says when. Not the month of a full date
 * (read whole elsewhere), nor "May" as a verb (wink tags it AUX).
 */
function monthAlone(tokens: readonly Token[], at: number): DateSpan | null {
  const token = tokens[at]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(token.text) || !MONTHS.has(token.lower) || token.pos === 'AUX' || token.pos === 'VERB') return null;
  // "in October 1954", "in October, 1954": a full date, read whole by the date rules.
  const after = tokens[at + 1]?.text === ',' ? (tokens[at + 2]?.text ?? '') : (tokens[at + 1]?.text ?? '');
  if (!BEFORE_MONTH.has(tokens[at - 1]?.lower ?? '') || /^\d/.test(after)) return null;
  return { from: at, to: at + 1, hint: 'month' };
}
