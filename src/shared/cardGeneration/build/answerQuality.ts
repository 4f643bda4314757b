import { STOP_WORDS, VAGUE_TIME } from '../lexicon/words';
import type { FactType } from '../types';
import { comparable } from './normalise';
import { isStateAbbreviation } from '../lexicon/places';
import { LATIN_WORD } from '../extract/sentenceContext';

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
  return answer.length >= 2 || /\d/.test(answer);
}
