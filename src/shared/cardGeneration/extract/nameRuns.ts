import { isAcronym, textOfTokens, type Sentence, type Token } from '../nlp/token';
import { isGivenName } from '../lexicon/firstNames';
import { looksProper, seenInLowerCase } from '../text/caseStats';
import { everydayRank } from '../lexicon/everydayWords';
import { placeKind } from '../lexicon/places';
import { EVENT_NOUNS, MUSICAL_FORMS, NOT_NAMES, ORGANISATION_WORDS, REFERENCE_ABBREVIATIONS, STOP_WORDS, TITLES, VAGUE_TIME } from '../lexicon/words';
import { isInitial, type DocumentContext } from './sentenceContext';
import { isJoiner, isOfWord, isParticle, joinsBeforeAcronym, joinsBeforeHead, joinsLastPart } from './nameJoins';
import { addressPrefixLength } from './addressPrefixes';
import { inIdentifier, isNameToken } from './nameTokens';
import { clauseSubjectSplit } from './runBoundary';
import { startsName } from './initialWords';
import { isNoName } from './notNames';
import { isNicknameAt, isNumberedName, isPossessiveBeforeHead, isTimeAfter, isUnitAfterNumber, leadingParticleLength, namedNumberLead, possessiveObservanceLength, possessiveServedLength } from './namePieces';

/** A run of capitalised words that reads as one name, as token indexes [from, to). */
export interface NameRun {
  from: number;
  to: number;
}

const ADDRESS_WORDS = new Set(['majesty', 'excellency', 'highness', 'honour', 'honor', 'grace', 'lordship', 'ladyship', 'eminence', 'holiness']);
const DEMONYM = /(?:ian|ians|ese|ish)$/;
const REFERENCE_NOUNS = new Set(['plate', 'plates', 'figure', 'figures', 'fig', 'table', 'tables', 'appendix', 'chart', 'diagram', 'example']);
const ROMAN_OR_NUMBER = /^(?:[IVXLC]+|\d+)\.?$/u;
/** A word for a school or a follower made from a name: "Euclidean", "Galenist", "Marxist". */
const SCHOOL = /^\p{Lu}\p{Ll}{3,}(?:ean|ist|ists)$/u;
/** A man or woman of a nation: "Englishman", "Frenchwoman", "Dutchmen" — what someone is, not a name. */
const NATIONAL = /^\p{Lu}\p{Ll}+(?:sh|ch)(?:wo)?m[ae]n$/u;
/**
 * Finds runs of capitalised words, the names a tagger alone would miss or
 * split. wink tags any capitalised word as a proper noun, so a run that
 * starts a sentence loses its first word unless the document shows that
 * word capitalised mid-sentence too ("Russia") or it is a known place;
 * "Command", "Problems" and "Asked" never become names.
 */
export function findNameRuns(sentence: Sentence, claimed: readonly boolean[], context: DocumentContext): NameRun[] {
  const { tokens } = sentence;
  const runs: NameRun[] = [];
  const usable = (i: number): boolean => !claimed[i] && isNameToken(tokens[i]) && !inIdentifier(tokens, i);
  // "Code The Dream", "This Dot Labs": a small word capitalised inside a sentence belongs to the title it stands in.
  const titleWord = (i: number): boolean => !claimed[i] && TITLE_SMALL_WORDS.has(tokens[i]?.text ?? '') && !isInitial(sentence, i) && usable(i + 1);
  const observance = (at: number): number => {
    const length = possessiveObservanceLength(tokens, at);
    return claimed.slice(at, at + length).some(Boolean) ? 0 : length;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!usable(i) && !(titleWord(i) && tokens[i]!.text !== 'The')) continue;
    let to = i + 1;
    for (;;) {
      if (to < tokens.length && (usable(to) || titleWord(to))) to++;
      else if (isJoiner(tokens, i, to) && usable(to + 1)) to += 2;
      // "Garcilaso de la Vega", "Ludwig van der Rohe": two particles in a row.
      else if (isJoiner(tokens, i, to) && isParticle(tokens[to + 1]) && usable(to + 2)) to += 3;
      // "Ministry of the Interior", "Chairman of the Senate": "of the" inside an office's or body's name.
      else if (isJoiner(tokens, i, to) && isOfWord(tokens[to]!) && tokens[to + 1]?.lower === 'the' && usable(to + 2)) to += 3;
      else if ((joinsLastPart(tokens, i, to) || joinsBeforeHead(tokens, i, to) || joinsBeforeAcronym(tokens, i, to)) && usable(to + 1)) to += 2;
      // "St. Michael's Mount", "Land's End", "Christ's Hospital": a possessive before a place's head noun is inside the name.
      else if (isPossessiveBeforeHead(tokens, to) && !claimed[to + 1]) to += 2;
      // "Washington, D.C.": the district after the comma is part of the city's name.
      else if (tokens[to]?.text === ',' && tokens[to + 1]?.text === 'D.C.' && tokens[to - 1]?.text === 'Washington') to += 2;
      // "Women’s History Month", "Mother’s Day": a day named after someone is one name.
      else if (observance(to) > 0) to += observance(to);
      // "Children’s Health Insurance Program": a programme named for whom it serves is one name.
      else if (possessiveServedLength(tokens, to) > 0 && !claimed.slice(to, to + possessiveServedLength(tokens, to)).some(Boolean)) to += possessiveServedLength(tokens, to);
      // "Barry “Butch” Wilmore", "Edwin E. “Buzz” Aldrin": a nickname in quotes between a given name (and its initial) and a surname.
      else if (endsWithGivenName(tokens, i, to) && isNicknameAt(tokens, to) && usable(to + 1) && usable(to + 3)) to += 4;
      else break;
    }
    let from = i;
    // "Article 59", "Expedition 69": the number is part of the name.
    const numbered = isNumberedName(tokens, to, claimed);
    if (isInitial(sentence, from) && !numbered && !startsName(tokens, from, to, context)) from++;
    // "Mother" of "Mother’s Day" stays: the possessive makes it part of the day's name.
    while (from < to && (NOT_NAMES.has(tokens[from]!.lower) || REFERENCE_ABBREVIATIONS.has(tokens[from]!.lower)) && !(from + 1 < to && /^['’]s$/u.test(tokens[from + 1]!.text))) from++;
    // "the Frenchman Langeron": the nation before a name is what he is, not part of it.
    if (to - from > 1 && NATIONAL.test(tokens[from]!.text)) from++;
    from += addressPrefixLength(tokens, from, to);
    from -= namedNumberLead(tokens, from, claimed);
    if (from < to) from -= leadingParticleLength(tokens, from, claimed);
    // "a 100 MB WASM binary": the unit of the number before is no part of the name after it.
    if (to - from > 1 && isUnitAfterNumber(tokens, from, from + 1)) from++;
    // "joined by National Economic Council Director, Brian Deese": the post before the name is the body's and a title, not a name of its own.
    // ("Gurnard's Head, one of …" is a place named after someone.)
    if (to - from > 1 && TITLES.has(tokens[to - 1]!.lower) && tokens[to]?.text === ',' && !/['’]s$/u.test(tokens[to - 2]!.text)) to--;
    const subject = numbered ? -1 : clauseSubjectSplit(tokens, from, to);
    if (subject > from) {
      // Two names a missing comma ran together: each stands alone.
      if (isName(tokens, from, subject, context)) runs.push({ from, to: subject });
      runs.push({ from: subject, to });
    } else if (from < to && numbered) runs.push({ from, to: to + 1 });
    else if (from < to && isName(tokens, from, to, context)) runs.push({ from, to });
    i = numbered ? to : to - 1;
  }
  return runs;
}

/**
 * Small words that, capitalised inside a sentence, are part of a title
 * ("Code The Dream", "This Dot Labs", "The Price Is Right"). A run never
 * starts at "The": "the [...]" reads as well with it outside. "A" is left
 * out: verse capitalises it at every line ("A Caesar in the field").
 */
const TITLE_SMALL_WORDS = new Set(['The', 'This', 'Of', 'And', 'For', 'In', 'On', 'At', 'Is', 'To']);

/** Whether the run [from, to) ends in a given name, or in a given name and a middle initial ("Edwin E."). */
function endsWithGivenName(tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to - 1]!.text;
  return isGivenName(last) || (/^\p{Lu}\.$/u.test(last) && to - 2 >= from && isGivenName(tokens[to - 2]!.text));
}

/** Rejects runs that are a lone common word, title or organisation word, or an adjective in front of a noun. */
function isName(tokens: readonly Token[], from: number, to: number, { stats }: DocumentContext): boolean {
  const first = tokens[from]!;
  if (isUnitAfterNumber(tokens, from, to) || isNoName(tokens, from, to)) return false;
  // "(Plate III.)", "shown in Figure 4": a pointer into the book's pictures, not a name ("Table Mountain" is one).
  if (REFERENCE_NOUNS.has(first.lower) && tokens.slice(from + 1, to).every((token) => ROMAN_OR_NUMBER.test(token.text))) return false;
  // "His Imperial Majesty", "Your Excellency": forms of address, not names.
  if (tokens.slice(from, to).some((token) => ADDRESS_WORDS.has(token.lower))) return false;
  if (to - from === 1) {
    // "Parisian", "Viennese", "the Swedes": nationalities and peoples, not names.
    // "three Ps", "mind your Ps and Qs": letters in the plural are no names.
    if (/^\p{Lu}['’]?s$/u.test(first.text)) return false;
    if (DEMONYM.test(first.text) || NATIONAL.test(first.text) || (tokens[from - 1]?.lower === 'the' && /s$/.test(first.text) && !isAcronym(first))) return false;
    // "on Euclidean, Galenist, or Aristotelian lines": a school named after someone, not a name to recall (but "the Mediterranean" is a place).
    if (SCHOOL.test(first.text) && !placeKind(first.text)) return false;
    // "Weary of breath, Rashly importunate": verse capitalises each line; an adverb is still no name ("Lully", "Kelly", "Italy" are).
    if (first.pos === 'ADV' && /\p{Ll}ly$/u.test(first.text) && !isGivenName(first.text) && !placeKind(first.text)) return false;
    const word = first.lower;
    if (STOP_WORDS.has(word) || TITLES.has(word) || ORGANISATION_WORDS.has(word) || EVENT_NOUNS.has(word) || VAGUE_TIME.has(word) || MUSICAL_FORMS.has(word)) return false;
    if (!isAcronym(first) && !placeKind(first.text) && !looksProper(stats, first.text) && seenInLowerCase(stats, first.text)) return false;
  }
  // "Giga Presto", "Tempo di Minuetto": a movement's heading, all kinds and tempi.
  if (tokens.slice(from, to).every((token) => MUSICAL_FORMS.has(token.lower))) return false;
  const last = tokens[to - 1]!;
  const next = tokens[to];
  // "U.S.-developed", "Kenya-based": the first half of a compound adjective, not a name of its own.
  if (next && next.start === last.end && /^[-‐‑]/u.test(next.text) && /^[-‐‑]?\p{Ll}/u.test(tokens[to + 1]?.text ?? next.text.slice(1))) return false;
  // "Afghan people", "Central Asian region": a capitalised modifier, not a name of its own.
  // An adjective after the name counts only before a noun: "Hezbollah deeper into Israel" keeps its name.
  const modifier =
    !isTimeAfter(tokens, to) && next !== undefined && next.start === last.end + 1 && /^\p{Ll}/u.test(next.text) && (next.pos === 'NOUN' || (next.pos === 'ADJ' && tokens[to + 1]?.pos === 'NOUN'));
  // …but a rare name before an English noun ("Arabidopsis plants", "Soyuz spacecraft") is still a name; "Ptolemaeus secundus" is a foreign phrase.
  const everyday = to - from > 1 || everydayRank(first.text) !== undefined || DEMONYM.test(first.text) || (next !== undefined && everydayRank(next.text) === undefined);
  if (modifier && everyday && !isAcronym(last) && !ORGANISATION_WORDS.has(last.lower) && !placeKind(textOfTokens(tokens, from, to))) return false;
  return true;
}
