import { STOP_WORDS, VAGUE_TIME } from '../lexicon/words';
import type { FactType } from '../types';
import { comparable } from './normalise';
import { countryMeant, isStateAbbreviation, placeKind } from '../lexicon/places';
import { LATIN_WORD } from '../extract/sentenceContext';
import { everydayRank } from '../lexicon/everydayWords';

const MAX_ANSWER_WORDS = 14;

/**
 * The generator's last guard on an answer: something to recall, not a
 * pronoun, stop word, relative date or a paragraph. Extractors already avoid
 * these; this catches what slips through.
 */
export function isGoodAnswer(answer: string, factType: FactType): boolean {
  const words = comparable(answer).split(' ').filter(Boolean);
  if (words.length === 0 || !/[\p{L}\p{N}]/u.test(answer)) return false;
  // The generator reads English: a word in another script is not one it can judge.
  if (!answer.split(/\s+/u).every((word) => word === '' || LATIN_WORD.test(word))) return false;
  if (words.every((word) => STOP_WORDS.has(word))) return false;
  if (factType === 'date' && words.every((word) => VAGUE_TIME.has(word) || STOP_WORDS.has(word))) return false;
  if (factType !== 'list' && words.length > MAX_ANSWER_WORDS) return false;
  // "Mich." in "Detroit, Mich." is part of an address, not a name to recall.
  if (isStateAbbreviation(answer)) return false;
  // "from infrastructure A to [...]" → "B", "options [...]" → "X, Y or Z": letters standing in for anything are no fact.
  if (isPlaceholderLetters(answer)) return false;
  if (factType === 'name' && isCommonPlural(answer)) return false;
  // "no [...] should have to wait" → "American": a nation's adjective or person is guessable, not a name to recall.
  if (factType === 'name' && words.length === 1 && countryMeant(answer) !== undefined && !placeKind(answer)) return false;
  return answer.length >= 2 || /\d/.test(answer);
}

/** "B.", "X, Y or Z", "A, B, C and D": single letters, each standing alone (not "U.S.", whose letters are one word). */
function isPlaceholderLetters(answer: string): boolean {
  const items = answer.split(/[\s,]+/u).filter((item) => item !== '' && !/^(?:and|or)$/u.test(item));
  return items.length > 0 && items.every((item) => /^\p{Lu}\.?$/u.test(item));
}

/** Singulars more common than this in everyday English make their capitalised plural a group, not a name. */
const COMMON_SINGULAR_RANK = 15_000;

/**
 * "Embassies", "Americans", "Marines": a plural of an everyday noun or
 * demonym, capitalised, names a kind of people or places, not one to
 * recall. Checked only for names of unknown kind: a known place or body
 * ("Philippines", "Nations" of "United Nations") is classified first.
 */
function isCommonPlural(answer: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(answer)) return false;
  const lower = answer.toLowerCase();
  const singulars = [lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : '', lower.endsWith('es') ? lower.slice(0, -2) : '', lower.slice(0, -1)];
  return singulars.some((singular) => singular !== '' && (everydayRank(singular) ?? Infinity) < COMMON_SINGULAR_RANK);
}
