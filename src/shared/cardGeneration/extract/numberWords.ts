import type { Token } from '../nlp/token';

/* Numbers written as words ("forty-five", "two thousand", "eight or nine"), where they start and end. */

/** Words that scale the number before them: "two thousand", "$3 billion". */
export const SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'hundred', 'mln', 'bn']);
/**
 * Numbers written as words. "One" stays out: it is as often a pronoun
 * ("one of the members") as a count.
 */
const NUMBER_WORDS = new Set(
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|dozens|hundreds|thousands|millions'.split('|'),
);
/** A number word with its tens or units ("forty-five", "twenty-one"). */
const COMPOUND_NUMBER = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)$/;

/** Where a number written in words ends: "one hundred and four", "two thousand", "forty-five", "eight or nine". */
export function numberPhraseEnd(tokens: readonly Token[], at: number, claimed: readonly boolean[]): number {
  let end = at + 1;
  for (;;) {
    const next = tokens[end]?.lower ?? '';
    if (claimed[end]) break;
    if (isNumberWord(next) || SCALES.has(next)) end++;
    else if (next === 'and' && SCALES.has(tokens[end - 1]!.lower) && isNumberWord(tokens[end + 1]?.lower ?? '')) end += 2;
    // A rough count or a range is one fact: "eight or nine young men", "seven to nine weeks".
    else if ((next === 'or' || next === 'to') && isNumberWord(tokens[end - 1]!.lower) && isNumberWord(tokens[end + 1]?.lower ?? '') && !claimed[end + 1]) end += 2;
    else break;
  }
  return end;
}

/** A number written as a word: "seven", "hundreds", "forty-five". */
export function isNumberWord(lower: string): boolean {
  return NUMBER_WORDS.has(lower) || COMPOUND_NUMBER.test(lower);
}
