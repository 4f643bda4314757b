import { REFERENCE_ABBREVIATIONS } from '../lexicon/words';
import type { Token } from './token';

/**
 * wink ends a sentence at every full stop, even one inside a word
 * ("Node.js started …" and "Changelog.com is …" become "Node." and "js
 * started …") or after a reference's abbreviation ("in Fig. 14 is …",
 * "Native Races, Vol. 2"), after a title it does not know ("Mme. Curie"),
 * at a mark inside a name or a quotation ("Yahoo!, so …", "Spark!Lab",
 * '"Really?" she asked'). Such spans are joined again.
 */
export function joinFalseSentenceEnds(spans: readonly number[][], tokens: readonly (Token | null)[]): [number, number][] {
  const joined: [number, number][] = [];
  for (const [first = 0, last = -1] of spans) {
    const previous = joined.at(-1);
    const stop = previous ? tokens[previous[1]] : null;
    const abbreviation = previous ? tokens[previous[1] - 1] : null;
    const next = tokens[first];
    // "Node.js", "Ph.D.": a stop with a word glued after it is inside the word.
    const glued = stop?.text === '.' && next?.start === stop.end && /^(?:\p{Ll}|\p{Lu}\.)/u.test(next.text);
    const reference = stop?.text === '.' && abbreviation?.end === stop.start && REFERENCE_ABBREVIATIONS.has(abbreviation.lower) && /^(?:\d|[IVXLC]+\b)/iu.test(next?.text ?? '');
    // "Mme. Curie", "Messrs. Smith": a title wink does not know, before the name it belongs to.
    const title = stop?.text === '.' && abbreviation?.end === stop.start && TITLE_ABBREVIATIONS.has(abbreviation.lower) && /^\p{Lu}/u.test(next?.text ?? '');
    // "rated by Yahoo!, so many things", "the Spark!Lab": a mark inside a name, or one a sentence goes on after.
    const exclaimed = (stop?.text === '!' || stop?.text === '?') && !!next && (next.text === ',' || /^\p{Ll}/u.test(next.text) || (next.start === stop.end && /^\p{L}/u.test(next.text)));
    // '"Really?" she asked': a quotation's mark, then the sentence that quotes it goes on.
    const quoted = !!stop && /^["”’]$/u.test(stop.text) && /^[?!]$/u.test(abbreviation?.text ?? '') && /^\p{Ll}/u.test(next?.text ?? '');
    // "vol. ii. of the work": a numeral's stop before a lower-case word.
    const numeral = stop?.text === '.' && /^[ivxlc]+$/iu.test(abbreviation?.text ?? '') && /^\p{Ll}/u.test(next?.text ?? '');
    // "MACS J1149.6+2223": a stop between digits is a decimal point; ".NET": a stop opening a word after a space.
    const inNumber = stop?.text === '.' && next?.start === stop.end && abbreviation?.end === stop.start && /\d$/u.test(abbreviation.text) && /^\d/u.test(next.text);
    const leadingDot = stop?.text === '.' && next?.start === stop.end && abbreviation !== null && abbreviation !== undefined && abbreviation.end < stop.start && /^\p{Lu}[\p{Lu}\d]+$/u.test(next.text);
    // "CI/CD... and it works": the rest of an ellipsis, and a sentence that goes on after it.
    const trailing = stop?.text === '.' && !!next && next.start === stop.end && /^\.+$/u.test(next.text) && /^(?:\p{Ll}|["”’])/u.test(tokens[first + 1]?.text ?? '');
    const openQuote = !!previous && quoteOpen(tokens, previous[0], previous[1]) && closesQuote(tokens, first, last);
    if (previous && (glued || reference || title || exclaimed || quoted || numeral || inNumber || leadingDot || trailing || openQuote)) previous[1] = last;
    else joined.push([first, last]);
  }
  return joined;
}

/** Titles before a name that wink splits from their stop, so "Mme. Curie" would end a sentence at "Mme.". */
const TITLE_ABBREVIATIONS = new Set(['mme', 'mmes', 'mlle', 'mlles', 'messrs', 'mons', 'msgr', 'rev', 'hon', 'gov', 'sen', 'rep', 'gen', 'col', 'capt', 'lt', 'sgt', 'cmdr', 'adm', 'fr', 'prof', 'supt', 'insp']);

/** A quotation longer than this is no quotation, but a stray mark: the sentences stay apart. */
const MAX_QUOTED_TOKENS = 60;

/** Whether tokens [from, to] leave a quotation open: more “ than ”, or an odd number of straight quotes, the last one opening (a space before it, a word glued after). */
function quoteOpen(tokens: readonly (Token | null)[], from: number, to: number): boolean {
  if (to - from > MAX_QUOTED_TOKENS) return false;
  let straight = 0;
  let lastStraight = -1;
  let curly = 0;
  for (let i = from; i <= to; i++) {
    const text = tokens[i]?.text;
    if (text === '"') {
      straight++;
      lastStraight = i;
    } else if (text === '“') curly++;
    else if (text === '”') curly--;
  }
  if (curly > 0) return true;
  if (straight % 2 === 0) return false;
  const quote = tokens[lastStraight]!;
  const before = tokens[lastStraight - 1];
  const after = tokens[lastStraight + 1];
  return (!before || before.end < quote.start) && !!after && after.start === quote.end;
}

/** Whether tokens [from, to] close a quotation ('Use it well" and left.'). */
function closesQuote(tokens: readonly (Token | null)[], from: number, to: number): boolean {
  if (to - from > MAX_QUOTED_TOKENS) return false;
  for (let i = from; i <= to; i++) if (tokens[i]?.text === '"' || tokens[i]?.text === '”') return true;
  return false;
}
