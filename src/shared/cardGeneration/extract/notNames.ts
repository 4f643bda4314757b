import { isGivenName } from '../lexicon/firstNames';
import { placeKind } from '../lexicon/places';
import { MONTHS } from '../lexicon/words';
import type { Token } from '../nlp/token';

/** Words after a name spoken to: "Cole, I thought …", "Cole, what do you think?". */
const AFTER_ADDRESSEE = new Set([
  'i', 'you', 'we', 'what', 'how', 'why', 'when', 'where', 'do', 'did', 'does', 'can', 'could', 'would', 'will', 'is', 'are', 'have', 'tell', 'let',
  // "it's important to say, Carol, first of all, …", "Look, Jim, frankly …": an answer's own lead-ins.
  'first', 'look', 'listen', 'frankly', 'honestly', 'obviously', 'it', 'that', 'this', 'there', 'here', 'as', 'if', 'please', 'go',
]);
/** Words before a name spoken to, besides a comma: "But maybe, Cole, …", "So, Cole, …", "Well Cole, …". */
const BEFORE_ADDRESSEE = new Set(['so', 'and', 'but', 'well', 'now', 'okay', 'ok', 'yeah', 'yes', 'no', 'hey', 'thanks', 'maybe']);
/** "CTOs", "PCs", "APIs": an abbreviation in the plural names a kind of thing, not one thing. */
const PLURAL_ABBREVIATION = /^\p{Lu}{2,6}s$/u;
/** "MDCCCCX": a year in Roman numerals on a title page, no name. */
const ROMAN_YEAR = /^[MDCLXVI]{5,}$/u;
const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))$/u;
/** "Rev.", "Hon.": a title's abbreviation, left alone by a split at its stop. */
const TITLE_ABBREVIATIONS = new Set(['rev', 'hon', 'revd', 'ven', 'msgr']);

/**
 * Capitalised words that are no name to recall, by what stands around them:
 * the person spoken to ("But maybe, Cole, I thought you …", "don't you,
 * Pip?"), a year in Roman numerals ("MDCCCCX"), an
 * abbreviation in the plural ("three CTOs"), a title's abbreviation cut
 * from its stop ("the Rev. Mr. Crisparkle").
 */
export function isNoName(tokens: readonly Token[], from: number, to: number): boolean {
  if (isCalledOn(tokens, from, to)) return true;
  if (to - from !== 1) return false;
  const word = tokens[from]!;
  if (PLURAL_ABBREVIATION.test(word.text) || TITLE_ABBREVIATIONS.has(word.lower) || ROMAN_YEAR.test(word.text)) return true;
  // "the Fourth of July": a day of a month, not a name ("Fourth" alone would be blanked).
  if (ORDINAL_WORD.test(word.lower) && tokens[from + 1]?.lower === 'of' && MONTHS.has(tokens[from + 2]?.lower ?? '')) return true;
  return isAddressee(tokens, from) || spellsALetter(tokens, from);
}

/** A given name set off by commas (or opening the sentence) before "I", "you" or a question: the person spoken to. */
function isAddressee(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]!;
  if (!isGivenName(word.text) || placeKind(word.text)) return false;
  const before = tokens[at - 1];
  // "You know us, don't you, Pip?", "I'll take one last stab at this, Chuck.": a name after a comma that ends the sentence.
  const after = tokens[at + 1]?.text ?? '';
  if (before?.text === ',' && (/^[?!]$/u.test(after) || (after === '.' && at + 2 >= tokens.length))) return true;
  if (tokens[at + 1]?.text !== ',') return false;
  const next = tokens[at + 2];
  // "this is a great question, Ollie, and so …", "take him out, Kristen, so that …": a name set off by commas inside a clause
  // is spoken to, unless it stands in a list ("Alice, Carol, and Dave", "Bob, Carol, Dave") or is described ("my friend, Carol, who …").
  if (before?.text === ',' && next && /^\p{Ll}/u.test(next.text) && !APPOSITIVE_WORDS.has(next.lower) && !/^\p{Lu}/u.test(tokens[at - 2]?.text ?? '')) return true;
  if (!AFTER_ADDRESSEE.has(next?.lower.split(/['’]/u)[0] ?? '')) return false;
  return !before || before.text === ',' || BEFORE_ADDRESSEE.has(before.lower);
}

/** Words that go on about a name set off by commas: "my friend, Carol, who lives …" names her. */
const APPOSITIVE_WORDS = new Set(['who', 'whose', 'whom', 'as']);

/** What a chair says to give someone the floor: "I'll start with Ben Feller of AP", "Let me go to Julie". */
const FLOOR_GIVING = new Set(['start with', 'go to', 'call on', 'turn to', 'hear from', 'go with']);

/**
 * A reporter or questioner given the floor by name ("I'll start with Ben
 * Feller of AP", "go to Julie."): who asks next, not a fact of the talk.
 * Only a given name (and a surname) before their outlet or the sentence's
 * end: "go to Jordan" and "turn to Smith's book" stay.
 */
function isCalledOn(tokens: readonly Token[], from: number, to: number): boolean {
  const lead = `${tokens[from - 2]?.lower ?? ''} ${tokens[from - 1]?.lower ?? ''}`;
  if (!FLOOR_GIVING.has(lead) || to - from > 2 || !isGivenName(tokens[from]!.text) || placeKind(tokens[from]!.text)) return false;
  const after = tokens[to]?.text ?? '.';
  return after === 'of' || /^[,.?!]$/u.test(after);
}

/** "v as in Victor", "n like Nancy", "B for Bravo": a name that spells a letter out, not one to recall. */
function spellsALetter(tokens: readonly Token[], at: number): boolean {
  const isLetter = (token: Token | undefined): boolean => !!token && /^\p{L}$/u.test(token.text);
  const before = tokens[at - 1]?.lower;
  if ((before === 'like' || before === 'for') && isLetter(tokens[at - 2])) return true;
  return before === 'in' && tokens[at - 2]?.lower === 'as' && isLetter(tokens[at - 3]);
}
