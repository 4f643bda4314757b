import { isAcronym, type Token } from '../nlp/token';

/*
 * Numbers and quotes that belong to a name or stand after one: "Apollo 9",
 * "IC 5332", "Barry “Butch” Wilmore" are one name each, and the "Hz" of
 * "1338 Hz" is a unit, not a name.
 */

/** Nouns that take a number to make a name: "Article 59", "Expedition 69", "Apollo 11", "Resolution 242". */
export const NUMBERED_NOUNS = new Set(
  'article|section|clause|chapter|schedule|expedition|mission|flight|resolution|amendment|proposition|room|gate|terminal|route|highway|interstate|platform|pier|stage|phase|block|category|class|model|version|volume|node|module|pad|complex|bay|area|building|studio|hangar|zone|sector|district|precinct|station|camp|club|level|floor|apollo|gemini|voyager|pioneer|vostok|soyuz|progress|artemis|falcon|sputnik|explorer|mariner|viking'.split('|'),
);

/** Numbered spaceflight names, hinted by what they are rather than by their own first word ("[...] (apollo)" would give it away). */
const SPACE_NAMES = new Map<string, string>([
  ...['apollo', 'gemini', 'artemis', 'vostok'].map((word) => [word, 'space mission'] as const),
  ...['voyager', 'pioneer', 'sputnik', 'explorer', 'mariner', 'viking', 'soyuz', 'progress'].map((word) => [word, 'spacecraft'] as const),
  ['falcon', 'rocket'],
]);

/** The hint of a numbered name: what it is ("space mission" for "Apollo 11", not "(apollo)", which would give it away), or its noun ("article"). */
export function numberedNameHint(noun: string): string {
  return SPACE_NAMES.get(noun) ?? noun;
}

/** Whether the run ending before `to` is a numbered noun followed by its number. */
export function isNumberedName(tokens: readonly Token[], to: number, claimed: readonly boolean[]): boolean {
  const number = tokens[to];
  if (!number || claimed[to] || number.start !== tokens[to - 1]!.end + 1) return false;
  if (/^\d{1,4}[A-Za-z]?$/.test(number.text) && NUMBERED_NOUNS.has(tokens[to - 1]!.lower)) return true;
  // A catalogue's letters and an entry's number: "IC 5332", "NGC 1300", "HD 209458" (not "FY 2024": a year is a date).
  return /^\p{Lu}{2,4}$/u.test(tokens[to - 1]!.text) && /^\d{3,6}$/.test(number.text) && !YEAR.test(number.text);
}

/** A one-word nickname in quotes at `at`: “Butch”, "Buzz". */
export function isNicknameAt(tokens: readonly Token[], at: number): boolean {
  const open = tokens[at]?.text ?? '';
  const close = tokens[at + 2]?.text ?? '';
  return (open === '“' && close === '”') || (open === '"' && close === '"');
}

/** A number read as a year, not a catalogue entry. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** An abbreviation right after a number is its unit ("424 KB", "5 MW", "60 MPH"), not a name. */
export function isUnitAfterNumber(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from === 1 && (isAcronym(tokens[from]!) || UNIT.test(tokens[from]!.text)) && /^\d[\d,.]*$|=\d[\d,.]*$/u.test(tokens[from - 1]?.text ?? '');
}

/** Units written with a capital that no acronym test knows: "1338 Hz", "5 kW", "3 dB", "20 MHz". */
const UNIT = /^(?:[kMGT]?Hz|[kMGT]?Wh?|dB|[kKMGT]B|[kMG]bps|mAh|Pa|kPa|MPa)$/u;

/** Head nouns of places (and periodicals) named after someone: "St. Michael's Mount", "St. Bride's Bay", "Land's End", "Harper's Weekly". */
const POSSESSED_PLACE_HEADS = new Set(
  'weekly|magazine|bazaar|gazette|mount|bay|end|well|chapel|church|cathedral|abbey|island|isle|head|point|cross|college|hospital|park|square|gate|wood|hill|valley|lake|bridge|inn|lane|street|field|green|tower|castle|cove|rock|pool|school|court|hall|row|walk|quay|wharf|dyke|leap|seat|grave|tomb|cave'.split('|'),
);

/** Whether `at` holds a possessive "'s" between a name and a place's head noun ("Michael's Mount"), which then ends the name. */
export function isPossessiveBeforeHead(tokens: readonly Token[], at: number): boolean {
  const head = tokens[at + 1];
  return /^['’]s$/u.test(tokens[at]?.text ?? '') && !!head && /^\p{Lu}/u.test(head.text) && POSSESSED_PLACE_HEADS.has(head.lower) && !/^\p{Lu}/u.test(tokens[at + 2]?.text ?? '');
}

/** The last word of a day or season kept in someone's name: "Mother's Day", "Women's History Month", "New Year's Eve". */
const OBSERVANCE_HEADS = new Set(['day', 'days', 'eve', 'week', 'month', 'year']);

/**
 * How many tokens after the name ending before `at` belong to an observance
 * named after someone ("’s History Month" of "Women’s History Month", "Day"
 * of a glued "Mother's Day"), or 0: the name runs through the possessive,
 * or "Women" alone would be blanked.
 */
export function possessiveObservanceLength(tokens: readonly Token[], at: number): number {
  const separate = /^['’]s$/u.test(tokens[at]?.text ?? '');
  if (!separate && !/\p{L}['’]s$/u.test(tokens[at - 1]?.text ?? '')) return 0;
  const from = separate ? at + 1 : at;
  for (let length = 1; length <= 2; length++) {
    const words = tokens.slice(from, from + length);
    if (words.length < length || !words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word.text))) return 0;
    if (OBSERVANCE_HEADS.has(words.at(-1)!.lower) && !/^\p{Lu}/u.test(tokens[from + length]?.text ?? '')) return from + length - at;
  }
  return 0;
}

/** Heads of a body or programme named for whom it serves: "Children's Health Insurance Program", "Women's Institute". */
const SERVED_HEADS = new Set(['program', 'programme', 'act', 'fund', 'initiative', 'campaign', 'march', 'movement', 'party', 'hospital', 'institute', 'association', 'foundation', 'league', 'union', 'council', 'commission', 'bureau', 'service', 'center', 'centre', 'museum', 'crusade', 'choir', 'trust', 'alliance', 'caucus', 'court', 'republic', 'army']);
/** The served, in the plural or as a group: a common noun, never a name ("Putin's Russia" stays two). */
const SERVED = new Set(['children', 'women', 'men', 'people', 'peoples', 'veterans', 'workers', 'farmers', 'teachers', 'nurses', 'soldiers', 'sailors', 'seamen', 'miners', 'girls', 'boys', 'mothers', 'fathers', 'parents', 'citizens', 'taxpayers', 'consumers', 'employees', 'students', 'patients']);

/**
 * How many tokens after a name ending before `at` belong to a body or
 * programme named for whom it serves: the "’s Health Insurance Program" of
 * "Children’s Health Insurance Program", or a card blanks "Children" alone.
 */
export function possessiveServedLength(tokens: readonly Token[], at: number): number {
  if (!/^['’]s$/u.test(tokens[at]?.text ?? '') || !SERVED.has(tokens[at - 1]?.lower ?? '')) return 0;
  for (let length = 1; length <= 4; length++) {
    const word = tokens[at + length];
    if (!word || !/^\p{Lu}/u.test(word.text)) return 0;
    if (SERVED_HEADS.has(word.lower) && !/^\p{Lu}/u.test(tokens[at + length + 1]?.text ?? '')) return length + 1;
  }
  return 0;
}

/** Words after which a name is given as it is written, a number first: "a startup called 280 North". */
const NAMING_VERBS = new Set(['called', 'named', 'dubbed', 'titled', 'entitled']);

/** 1 when a number right before the name at `from` belongs to it ("called 280 North", "named 37signals"); else 0. */
export function namedNumberLead(tokens: readonly Token[], from: number, claimed: readonly boolean[]): number {
  const number = tokens[from - 1];
  return number && /^\d+$/u.test(number.text) && !claimed[from - 1] && NAMING_VERBS.has(tokens[from - 2]?.lower ?? '') ? 1 : 0;
}

/** Particles that can open a name written with them in lower case: "bin Laden", "al Qaeda", "van Gogh", "de Gaulle". */
const LEADING_PARTICLES = new Set(['al', 'bin', 'ibn', 'bint', 'van', 'von', 'de', 'da', 'di', 'du', 'del', 'della', 'dos']);
/** Only the Arabic ones follow "the" ("the bin Laden family"); "the van" and "the de" are other words. */
const ARABIC_PARTICLES = new Set(['al', 'bin', 'ibn', 'bint']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'their', 'our', 'my', 'your', 'its']);

/**
 * How many tokens before a name's first capitalised word are its particle:
 * "we'd get bin [Laden]", "core al [Qaeda]" make one name with it, or a
 * card blanks half a name. Particles joined inside a name are nameJoins'.
 */
export function leadingParticleLength(tokens: readonly Token[], from: number, claimed: readonly boolean[]): number {
  const particle = tokens[from - 1];
  if (!particle || claimed[from - 1] || particle.text !== particle.lower || !LEADING_PARTICLES.has(particle.lower)) return 0;
  if (DETERMINERS.has(tokens[from - 2]?.lower ?? '') && !ARABIC_PARTICLES.has(particle.lower)) return 0;
  return 1;
}

const TIME_LEADS = new Set(['last', 'next', 'this', 'every', 'each']);
const TIME_NOUNS = new Set(['year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'night', 'time', 'summer', 'spring', 'fall', 'autumn', 'winter', 'decade', 'century', 'weekend', 'quarter', 'session', 'term', 'season', 'morning', 'afternoon', 'evening']);

/** Whether a time follows the name ending before `at` ("… Program last year", "Ottawa next week"): it says when, and modifies nothing. */
export function isTimeAfter(tokens: readonly Token[], at: number): boolean {
  return TIME_LEADS.has(tokens[at]?.lower ?? '') && TIME_NOUNS.has(tokens[at + 1]?.lower ?? '');
}
