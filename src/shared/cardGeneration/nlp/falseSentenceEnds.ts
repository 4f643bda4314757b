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
    if (previous && (glued || reference || title || exclaimed || quoted || numeral)) previous[1] = last;
    else joined.push([first, last]);
  }
  return joined;
}

/** Titles before a name that wink splits from their stop, so "Mme. Curie" would end a sentence at "Mme.". */
const TITLE_ABBREVIATIONS = new Set(['mme', 'mmes', 'mlle', 'mlles', 'messrs', 'mons', 'msgr', 'rev', 'hon', 'gov', 'sen', 'rep', 'gen', 'col', 'capt', 'lt', 'sgt', 'cmdr', 'adm', 'fr', 'prof', 'supt', 'insp']);
