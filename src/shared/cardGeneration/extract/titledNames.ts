import { isAcronym, type Token } from '../nlp/token';
import { ORGANISATION_WORDS, TITLES } from '../lexicon/words';
import type { NameRun } from './nameRuns';
import { isGivenName } from '../lexicon/firstNames';

/*
 * A person's name behind a title in one run of capitals: "[CSTO]
 * [Secretary-General] [Imangali Tasmagambetov]". The title is taken off the
 * name, and who it belongs to is kept for the question ("Who is the
 * Secretary-General of the CSTO?").
 */

/** Nouns of a post that end a title's words, never a person's name: "Chief Financial Officer", "Chief Program Manager". */
const ROLE_NOUNS = new Set(['officer', 'officers', 'manager', 'engineer', 'scientist', 'analyst', 'specialist', 'coordinator', 'adviser', 'advisor', 'counsel', 'correspondent', 'editor', 'lead', 'technologist', 'architect', 'strategist']);

/** Words that make the next title more specific: "Prime Minister", "Foreign Minister". */
const TITLE_MODIFIERS = new Set(['prime', 'vice', 'deputy', 'foreign', 'defence', 'defense', 'executive', 'first', 'grand', 'acting', 'chief', 'high', 'general', 'field', 'press']);

/** A run split around a title: "[CSTO] [Secretary-General] [Imangali Tasmagambetov]", as token indexes. */
export interface TitledName {
  qualifier: NameRun | null;
  title: NameRun;
  name: NameRun;
}

/** Finds a title inside a run and the name after it; null when the run has no title followed by a name. */
export function splitTitle(tokens: readonly Token[], run: NameRun): TitledName | null {
  for (let i = run.from; i < run.to; i++) {
    const end = titleEnd(tokens, i, run.to);
    if (end === i) continue;
    // "Minister of War", "King of Hearts": the title names an office, not a person…
    if (tokens[end]?.lower === 'of') {
      // …unless its holder's name follows the office: "Secretary of Transportation Ray LaHood".
      const holder = holderAfterOffice(tokens, end + 1, run.to);
      return holder === -1 || i > run.from ? null : { qualifier: null, title: { from: i, to: holder }, name: { from: holder, to: run.to } };
    }
    const name = { from: end, to: run.to };
    const nameWords = tokens.slice(end, run.to);
    if (nameWords.length === 0 || nameWords.some((word) => ORGANISATION_WORDS.has(word.lower) || ROLE_NOUNS.has(word.lower) || isAcronym(word) || /\d/.test(word.text))) return null;
    // "Judge Advocate General": a post that ends in a title word is a post, not a title and a person.
    if (TITLES.has(nameWords.at(-1)!.lower)) return null;
    // "the Office of the Chief Financial Officer": an office named after a post, not a person after a title.
    if (i > run.from && ['of', 'the', 'for'].includes(tokens[i - 1]!.lower)) return null;
    return { qualifier: i > run.from ? { from: run.from, to: i } : null, title: { from: i, to: end }, name };
  }
  return null;
}

/** Where a person's name (a given name and a surname) starts after an office's words from `from`, or -1: "Transportation [Ray LaHood]". */
function holderAfterOffice(tokens: readonly Token[], from: number, to: number): number {
  for (let g = from + 1; g < to - 1; g++) {
    if (isGivenName(tokens[g]!.text) && tokens.slice(g, to).every((word) => /^\p{Lu}/u.test(word.text)) && !tokens.slice(from, g).some((word) => isGivenName(word.text))) return g;
  }
  return -1;
}

/** Where the title words starting at `from` end ("Prime Minister", "Secretary-General"); `from` itself when none start there. */
export function titleEnd(tokens: readonly Token[], from: number, to: number): number {
  let end = from;
  while (end < to && (TITLES.has(tokens[end]!.lower) || (TITLE_MODIFIERS.has(tokens[end]!.lower) && TITLES.has(tokens[end + 1]?.lower ?? '')))) end++;
  return end;
}
