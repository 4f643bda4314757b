import type { Token } from '../nlp/token';
import type { DateSpan } from './dates';

/*
 * Years that take more than one token: a range ("1011–1021", "1939-45",
 * "from 1011 to 1021", "80–51 B.C.") and an early year known by its marks
 * ("c. 965", "AD 965", "965 BC").
 */

/** A year written alone: 1000 to 2099. */
export const YEAR = /^(1[0-9]{3}|20[0-9]{2})$/;

const RANGE_DASH = new Set(['–', '—', '-', 'to']);
const RANGE_IN_ONE = /^(\d{3,4})[–—-](\d{2}|\d{3,4})$/;

/** The years a range runs to: "1021" or the "45" of "1939–45", read as the later year. */
function rangeEnd(first: string, last: string): number {
  return last.length < first.length ? Number(first.slice(0, first.length - last.length) + last) : Number(last);
}

/**
 * A range of years is one fact: "1011–1021", "1939-45", "from 1011 to
 * 1021", "between 2019 and 2021". Carded in halves it asks for one end with the other beside it.
 */
export function yearRange(tokens: readonly Token[], at: number, claimed: readonly boolean[]): DateSpan | null {
  const first = tokens[at]!.text;
  // Every range starts with a digit: most words go no further (this runs for every token of a book).
  const code = first.charCodeAt(0);
  if (code < 48 || code > 57) return null;
  // "80–51 B.C.": before the era, any numbers make a range of years, counting down.
  if (/^\d{1,4}[–—-]\d{1,4}$/.test(first) && isEra(tokens[at + 1]) && !claimed[at + 1]) return { from: at, to: at + 2, hint: 'years' };
  if (/^\d{1,4}$/.test(first) && RANGE_DASH.has(tokens[at + 1]?.text ?? '') && /^\d{1,4}$/.test(tokens[at + 2]?.text ?? '') && isEra(tokens[at + 3]) && !claimed[at + 3]) {
    return { from: at, to: at + 4, hint: 'years' };
  }
  const inOne = RANGE_IN_ONE.exec(first);
  if (inOne) return YEAR.test(inOne[1]!) && rangeEnd(inOne[1]!, inOne[2]!) > Number(inOne[1]) ? { from: at, to: at + 1, hint: 'years' } : null;
  const joiner = tokens[at + 1]?.lower ?? '';
  if (!YEAR.test(first) || !(RANGE_DASH.has(joiner) || (joiner === 'and' && tokens[at - 1]?.lower === 'between'))) return null;
  const last = tokens[at + 2]?.text ?? '';
  if (!/^(\d{2}|\d{4})$/.test(last) || rangeEnd(first, last) <= Number(first)) return null;
  // "from 2019 to 2020 levels" reads as a range too; "rose 10 to 2021" cannot, as 10 is no year.
  if (claimed[at + 1] || claimed[at + 2]) return null;
  return { from: at, to: at + 3, hint: 'years' };
}

const CIRCA = new Set(['c.', 'ca.', 'circa']);

/** Whether a token is an era's mark: "B.C.", "AD", "BCE". */
function isEra(token: Token | undefined): boolean {
  return !!token && ERA.has(token.lower.replace(/\./g, ''));
}
const ERA = new Set(['ad', 'bc', 'bce', 'ce']);

/** An early year known by its marks: "c. 965", "AD 965", "965 BC" (a bare "965" is more often a count). */
export function circaYear(tokens: readonly Token[], at: number, claimed: readonly boolean[]): DateSpan | null {
  if (!/^\d{1,4}$/.test(tokens[at]!.text) || Number(tokens[at]!.text) === 0) return null;
  const before = tokens[at - 1]?.lower ?? '';
  const after = (tokens[at + 1]?.lower ?? '').replace(/\./g, '');
  if (CIRCA.has(before) || before === 'ad') return { from: at, to: at + 1, hint: 'year' };
  if (ERA.has(after) && !claimed[at + 1]) return { from: at, to: at + 2, hint: 'year' };
  return null;
}

/** Ordinals a century is counted in: "sixth", "12th", "twenty-first". */
const ORDINAL = /^(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|(?:twenty|twenty-)first)$/u;

/** "the sixth century B.C.", "the 12th century", "the third or fourth century": a century, with its era when one follows (B.C. alone is no answer). */
export function centurySpan(tokens: readonly Token[], at: number, claimed: readonly boolean[]): DateSpan | null {
  // Asked of every token of a book: the cheap test first.
  if (tokens[at + 1]?.lower !== 'century' && tokens[at + 3]?.lower !== 'century') return null;
  if (!ORDINAL.test(tokens[at]!.lower)) return null;
  // "the third or fourth century": both ordinals share the century.
  const shared = ['or', 'and', 'to'].includes(tokens[at + 1]?.lower ?? '') && ORDINAL.test(tokens[at + 2]?.lower ?? '') ? 2 : 0;
  const noun = at + shared + 1;
  if (tokens[noun]?.lower !== 'century' || claimed[noun]) return null;
  const era = isEra(tokens[noun + 1]) && !claimed[noun + 1];
  return { from: at, to: noun + (era ? 2 : 1), hint: 'century' };
}
