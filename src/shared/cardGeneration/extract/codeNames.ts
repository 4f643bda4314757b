import { isAcronym, isCapitalised, type Sentence } from '../nlp/token';
import { placeKind } from '../lexicon/places';
import { ORGANISATION_WORDS, TITLES } from '../lexicon/words';

/** A named exercise, operation or other code name, as token indexes [from, to). */
export interface CodeName {
  from: number;
  to: number;
  hint: string;
}

/** "Rubezh-2024", "Brotherhood-2024", "Zapad-21": a capitalised word with a year glued on by a hyphen. */
const WITH_YEAR = /^\p{Lu}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*-(?:\d{2}|\d{4})$/u;
const OPENING_QUOTES = new Set(['“', '"', '‘', '«', "'"]);
/** Diseases named with their year ("COVID-19"): the same shape as an exercise's code name, but no exercise. */
const DISEASE_WITH_YEAR = /^(?:COVID|SARS|MERS)-\d+$/iu;
const NAMING_WORDS = new Set(['operation', 'exercise', 'exercises', 'project', 'plan']);

/**
 * Finds code names: a capitalised word ending in "-YYYY", widened to the
 * capitalised words before it inside the same quotes ("Indestructible
 * Brotherhood-2024"), and "Operation X" names. They are claimed first so
 * their year is never read as a date.
 */
export function findCodeNames(sentence: Sentence): CodeName[] {
  const { tokens } = sentence;
  const hint = kindOfCodeName(sentence);
  const found: CodeName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (WITH_YEAR.test(token.text)) {
      found.push({ from: quotedStart(sentence, i), to: i + 1, hint: DISEASE_WITH_YEAR.test(token.text) ? 'disease' : hint });
    } else if (NAMING_WORDS.has(token.lower) && isCapitalised(token) && i > 0 && headsName(sentence, i)) {
      let to = i + 1;
      while (to < tokens.length && isCapitalised(tokens[to]!) && !isAcronym(tokens[to]!) && to - i <= 3) to++;
      if (to > i + 1) found.push({ from: i + 1, to, hint: token.lower === 'operation' ? 'operation' : hint });
      i = to - 1;
    }
  }
  return found;
}

/** "Operation Barbarossa", "NATO Exercise Steadfast Defender": the naming word heads the name; in "Advanced Resistive Exercise Device" it is inside another. */
function headsName(sentence: Sentence, at: number): boolean {
  const before = sentence.tokens[at - 1]!;
  return !isCapitalised(before) || isAcronym(before);
}

/**
 * Where a code name starts: after the opening quote, if only capitalised
 * words lie between; unquoted, at the name words right before it ("the
 * Plant Habitat-03 investigation"), but never at a place, a people, an
 * acronym or the sentence's first word ("CSTO Rubezh-2024", "Russia
 * Zapad-2021" name who holds it).
 */
function quotedStart(sentence: Sentence, last: number): number {
  let unquoted = last;
  for (let j = last - 1; j >= Math.max(0, last - 4); j--) {
    const token = sentence.tokens[j]!;
    if (OPENING_QUOTES.has(token.text)) return j + 1;
    if (!isCapitalised(token) || isAcronym(token) || ORGANISATION_WORDS.has(token.lower) || TITLES.has(token.lower)) break;
    if (last - j <= 2 && j > 0 && !placeKind(token.text) && !/(?:ian|ese|ish|['’]s)$/u.test(token.text) && unquoted === j + 1) unquoted = j;
  }
  return unquoted;
}

/** The blank's hint: what the sentence says these names are. */
function kindOfCodeName(sentence: Sentence): string {
  const text = sentence.text.toLowerCase();
  if (/\b(exercises?|trainings?|drills?|manoeuvres|maneuvers)\b/.test(text)) return 'exercise';
  if (/\boperations?\b/.test(text)) return 'operation';
  return 'code name';
}
