import { AREA_KINDS, BUILDING_KINDS, documentKindOf, LEADING_FEATURES } from './nameKinds';
import { isAcronym, textOfTokens, type Sentence, type Token } from '../nlp/token';
import { everydayRank } from '../lexicon/everydayWords';
import { isGivenName } from '../lexicon/firstNames';
import { isCountryAcronym, isFormalCountryName, isStateAbbreviation, placeKind } from '../lexicon/places';
import { EVENT_NOUNS, ORGANISATION_WORDS, SPEECH_VERBS } from '../lexicon/words';
import type { FactType } from '../types';
import { followsAddress } from './addressPrefixes';
import { kindAround } from './kindAround';
import type { NameRun } from './nameRuns';
import { NUMBERED_NOUNS, numberedNameHint } from './namePieces';
import type { DocumentContext } from './sentenceContext';

/** A name run with what it names. */
export interface ClassifiedName extends NameRun {
  factType: FactType;
  hint: string;
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'southeast', 'southwest', 'northeast', 'northwest', 'south-east', 'south-west', 'north-east', 'north-west', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'greater', 'inner', 'outer']);

/** Acronyms every reader knows are organisations, for the blank's hint. */
const KNOWN_ORGANISATIONS = new Set(['UN', 'EU', 'NATO', 'OSCE', 'WHO', 'IMF', 'OPEC', 'ASEAN', 'BRICS', 'SCO', 'CIS', 'EAEU', 'UNESCO', 'UNICEF', 'WTO', 'FBI', 'CIA', 'KGB', 'FSB', 'IAEA', 'ICC', 'OECD']);

/**
 * Says what a run of capitalised words names, by rules wink's model cannot
 * apply: a known place is a place, an organisation word ("Forces",
 * "Ministry") makes an organisation, an event noun an event, a lone
 * acronym an organisation or abbreviation, a place plus other words an
 * organisation ("Sputnik Belarus"), and a name next to a verb of speech a
 * person. Anything else is a name of unknown kind.
 */
export function classifyName(sentence: Sentence, run: NameRun, context: DocumentContext): ClassifiedName {
  const { tokens } = sentence;
  const words = tokens.slice(run.from, run.to);
  const text = textOfTokens(tokens, run.from, run.to);
  const place = placeKind(text);
  const as = (factType: FactType, hint: string): ClassifiedName => ({ ...run, factType, hint });
  // "Paris, Texas" and "Detroit, Mich.": a place followed by a state is a town there, whatever else shares its name.
  if (followedByState(tokens, run.to)) return as('place', 'town');
  // "the 2024 Dr. Robert H. Goddard Memorial Trophy": a prize named after someone is the prize.
  const prize = words.length > 1 ? PRIZES.get(words.at(-1)!.lower) : undefined;
  if (prize) return as('name', prize);
  // "Mr. Staff Officer", "Dr. Washington": whoever a form of address is given to is a person, whatever the words.
  if (followsAddress(tokens, run.from)) return as('person', 'person');
  const around = kindAround(tokens, run.from, run.to);
  if (around) return as(around.factType, around.hint);
  // "Article 59" → "(article)": the noun before the number says what it is.
  // "Artemis II", "Apollo XI": a numeral too ("Henry II" is no numbered noun, and stays a person).
  const numberedNoun = words.length > 1 && /^(?:\d|[IVXLC]+$)/.test(words.at(-1)!.text) ? words.at(-2)!.lower : '';
  if (NUMBERED_NOUNS.has(numberedNoun)) return as('name', numberedNameHint(numberedNoun));
  if (words.length === 1 && WEB_ADDRESS.test(text)) return as('name', 'website');
  if (place) return as('place', place === 'place' ? (kindOfPlacesAround(tokens, run) ?? place) : place);
  if (isFormalCountryName(text) || isCountryAcronym(text)) return as('place', 'country');
  // "Central Europe", "Western Siberia": a compass word in front of a known place is still a place.
  if (words.length === 2 && COMPASS.has(words[0]!.lower) && placeKind(words[1]!.text)) return as('place', 'region');
  if (words.length === 1 && isAcronym(words[0]!)) {
    const kind = context.acronymKinds.get(text) ?? (KNOWN_ORGANISATIONS.has(text) ? 'organisation' : 'abbreviation');
    return as('acronym', kind);
  }
  // "Kigali Amendment", "Treaty of Tilsit", "Democratic National Convention": a document's or a gathering's kind is in its head noun, before any organisation word.
  const documentKind = documentKindOf(words);
  if (documentKind) return as('event', documentKind);
  // "Parliament Building", "Heathrow Airport": a place of stone, not the body that sits in it.
  const building = words.length > 1 ? BUILDING_KINDS.get(words.at(-1)!.lower) : undefined;
  if (building) return as('venue', building);
  // "North Kivu Province", "Cook County", "Senate Square": an area or a street by its head noun.
  const area = words.length > 1 ? AREA_KINDS.get(words.at(-1)!.lower) : undefined;
  if (area) return as('place', area);
  // "River Fowey", "Rio Grande", "Mount Chiriqui", "Lake Baikal": the feature's noun may come first.
  const feature = words.length > 1 ? LEADING_FEATURES.get(words[0]!.lower) : undefined;
  if (feature) return as('place', feature);
  // "KubeCon EU", "GopherCon", "Comic-Con": a developers' or fans' convention by its name's "Con".
  if (words.some((word) => /^\p{Lu}[\p{L}-]*Con$/u.test(word.text) || word.text === 'Con')) return as('event', 'conference');
  // "Jet Propulsion Laboratory" is a body; "Kibo Laboratory Module" is a module, whatever its first words.
  if (words.some((word, k) => ORGANISATION_WORDS.has(word.lower) && !(headNounAfter(words[k + 1]) && !ORGANISATION_WORDS.has(words[k + 1]!.lower)))) return as('organisation', 'organisation');
  if (words.some((word, k) => EVENT_NOUNS.has(word.lower) && !headNounAfter(words[k + 1]))) return as('event', 'event');
  // "Douglas Jerrold", "Paris Hilton": a given name that is a place too, before a surname, is a person's.
  if (looksLikePersonName(words)) return as('person', 'person');
  if (words.length > 1 && words.some((word) => placeKind(word.text))) return as('organisation', 'organisation');
  if (isSpeaker(tokens, run)) return as('person', 'person');
  return as('name', 'name');
}

/**
 * For a name that is two kinds of place ("Georgia"), the kind of the other
 * places its sentence names: "from Armenia to Georgia" is the country,
 * "Ohio and Georgia" the state; undefined when they say nothing.
 */
function kindOfPlacesAround(tokens: readonly Token[], run: NameRun): 'country' | 'state' | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (i >= run.from && i < run.to) continue;
    const one = placeKind(tokens[i]!.text);
    const two = i + 1 < tokens.length ? placeKind(`${tokens[i]!.text} ${tokens[i + 1]!.text}`) : undefined;
    const kind = two ?? one;
    if (kind === 'country' || kind === 'state') return kind;
  }
  return undefined;
}

/** A capitalised everyday noun after an event's noun is the name's head: "Advanced Resistive Exercise Device" is a device ("World War II", "Battle of Borodino" stay events). */
function headNounAfter(word: Token | undefined): boolean {
  return !!word && /^\p{Lu}\p{Ll}+$/u.test(word.text) && everydayRank(word.text) !== undefined && !placeKind(word.text);
}

/** A site named by its address ("RewiringAmerica.org", "Changelog.com"), by its last label: a top-level domain people say aloud. */
const WEB_ADDRESS = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|io|info|co|uk|us|ca|au|de|fr|eu|int|mil|dev|app|ai)$/iu;

/** A full name: two to four words, the first a known given name or an initial, the others no common words ("Larry Fink", "E. A. Sedillot", "Ian P. Howard"). */
function looksLikePersonName(words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const [first] = words as [Token];
  const initial = (word: Token): boolean => /^\p{Lu}\.$/u.test(word.text);
  // "ABI Stability": an acronym is no given name, whatever name it spells.
  // "al Qaeda" is no given name, and "Al" is as often the Arabic article ("Al Shabaab", "Al Jazeera") as a first name ("Al Gore").
  if (!(isGivenName(first.text) || initial(first)) || isAcronym(first) || !/^\p{Lu}/u.test(first.text) || first.lower === 'al' || first.lower === 'el') return false;
  // "Douglas Jerrold", "Paris Hilton": a given name that is a place too is a person's only before a surname no dictionary holds ("Georgia Tech" is not).
  if (placeKind(first.text) && !words.slice(1).every((word) => everydayRank(word.text) === undefined)) return false;
  // "Les Paysans", "Les Rouvets": the French article before a plural is a place's or a thing's name ("Les Paul" is a person).
  if (first.text === 'Les' && /[sx]$/u.test(words[1]!.text)) return false;
  const rest = words.slice(1);
  // "George Washington", "Andrew Jackson": a surname that a place took from someone is a surname still.
  const surname = (word: Token): boolean => /^\p{Lu}/u.test(word.text) && !isAcronym(word) && ((everydayRank(word.text) ?? Infinity) >= SURNAME_RANK || (!placeKind(first.text) && !!placeKind(word.text)));
  return rest.every((word) => initial(word) || surname(word)) && !initial(words.at(-1)!);
}

/** A surname is rarely an everyday word: "Fink" (rank ~20,000) is not "Dream" or "Essays". */
const SURNAME_RANK = 5_000;

/**
 * True when a verb of speech follows the name ("Tasmagambetov noted") or
 * precedes it after a quotation ("…,” said Tasmagambetov"). "Most people
 * said JavaScript" says what was said, not who.
 */
function isSpeaker(tokens: readonly Token[], run: NameRun): boolean {
  // "When PayPal asked me", "GitHub told everyone": a company speaks too, and a capital inside one word is a brand's, not a surname's ("McNealy", "DeVos").
  if (run.to - run.from === 1 && INNER_CAPITAL.test(tokens[run.from]!.text) && !SURNAME_PREFIX.test(tokens[run.from]!.text)) return false;
  const after = tokens[run.to];
  const before = tokens[run.from - 1];
  const beforeVerb = tokens[run.from - 2];
  return (!!after && SPEECH_VERBS.has(after.lower)) || (!!before && SPEECH_VERBS.has(before.lower) && (!beforeVerb || /^[,"“”'’‘:;—–-]$/u.test(beforeVerb.text)));
}

/** The head nouns of prizes, and the hint each gives. */
const PRIZES = new Map([...['trophy', 'prize', 'award', 'medal', 'cup'].map((noun) => [noun, noun] as const), ['fellowship', 'fellowship'], ['scholarship', 'scholarship']]);
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}/u;

/** Whether the tokens from `at` read ", <US state>" (its name in one or two words, or its news abbreviation). */
function followedByState(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ',') return false;
  const one = tokens[at + 1]?.text ?? '';
  const two = tokens[at + 2] ? `${one} ${tokens[at + 2]!.text}` : '';
  return placeKind(one) === 'state' || placeKind(two) === 'state' || isStateAbbreviation(one);
}
