import { isAcronym, type Token } from '../nlp/token';
import { everydayRank } from '../lexicon/everydayWords';
import { placeKind } from '../lexicon/places';
import { EVENT_NOUNS, ORGANISATION_WORDS, TITLES } from '../lexicon/words';

/** Small words that stay inside a name: "Ministry of Emergency Situations", "Ludwig van Beethoven". */
const PARTICLES = new Set(['de', 'von', 'van', 'der', 'da', 'di', 'du', 'des', 'ès', 'aux', 'la', 'le', 'al', 'bin', 'ibn', 'y', '&']);
const OF_WORDS = new Set(['of', 'for']);

/** A small word that stays inside any name: "de", "la", "van", "bin". */
export function isParticle(token: Token | undefined): boolean {
  return !!token && PARTICLES.has(token.lower);
}

/** "of" or "for": the words that join an office, body or document to what it is of or for. */
export function isOfWord(token: Token): boolean {
  return OF_WORDS.has(token.lower);
}

/** "of"/"for" join only inside organisations, titles and events ("on" only after a document's or body's head); particles join any name. */
export function isJoiner(tokens: readonly Token[], from: number, at: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  if (isParticle(token)) return true;
  // "Declaration on Migration and Protection", "Committee on Foreign Relations", "Treaty on the Non-Proliferation …".
  if (token.lower === 'on') return ON_HEADS.has(tokens[at - 1]?.lower ?? '');
  const heads = (t: Token): boolean => ORGANISATION_WORDS.has(t.lower) || TITLES.has(t.lower) || EVENT_NOUNS.has(t.lower) || DOCUMENT_HEADS.has(t.lower);
  if (!OF_WORDS.has(token.lower) || !tokens.slice(from, at).some(heads)) return false;
  // "President Zelenskyy of Ukraine": a name, then where its bearer is from; "President of Ukraine", "Bank of England" stay whole.
  const before = tokens[at - 1]!;
  const after = tokens[at + 1];
  return heads(before) || !after || !placeKind(after.text);
}

/** Heads that take "on …" in a name: documents, and the bodies that hold a remit ("Committee on Foreign Relations"). */
const ON_HEADS = new Set(['declaration', 'convention', 'treaty', 'agreement', 'protocol', 'charter', 'covenant', 'accord', 'conference', 'committee', 'commission', 'council', 'subcommittee', 'panel', 'report']);

/** Head nouns of documents and programmes that take "for …" or "of …" and then "and": "Declaration for Migration and Protection". */
const DOCUMENT_HEADS = new Set(['declaration', 'code', 'partnership', 'initiative', 'strategy', 'programme', 'program', 'plan', 'framework', 'convention', 'charter', 'act', 'agreement', 'protocol', 'compact', 'fund']);

/**
 * "and" inside a name: after "of"/"for" (or a document's "on") in a run headed by an organisation
 * or document word, when the words around it are common nouns written
 * capitalised, not names ("Department of Health and Human Services",
 * "Partnership for Global Infrastructure and Investment", "Declaration
 * for Migration and Protection"). "the Ministry of Defence and Russia" and
 * "the Bank of England and Barclays" are two names.
 */
export function joinsLastPart(tokens: readonly Token[], from: number, at: number): boolean {
  if (tokens[at]?.lower !== 'and') return false;
  const run = tokens.slice(from, at);
  const ofAt = run.findIndex((token, k) => OF_WORDS.has(token.lower) || (token.lower === 'on' && ON_HEADS.has(run[k - 1]?.lower ?? '')));
  if (ofAt < 1 || !run.slice(0, ofAt).some((token) => ORGANISATION_WORDS.has(token.lower) || DOCUMENT_HEADS.has(token.lower))) return false;
  const next = tokens[at + 1];
  const commonNoun = (token: Token): boolean => !placeKind(token.text) && !isAcronym(token) && everydayRank(token.text) !== undefined;
  return !!next && commonNoun(next) && run.slice(ofAt + 1).every(commonNoun);
}

/**
 * "and" before the head of an organisation's name, between common nouns
 * written capitalised: "National Air and Space Museum", "National
 * Aeronautics and Space Administration". "Obama and Biden Administration"
 * and "the Bank of England and Barclays" are two names.
 */
export function joinsBeforeHead(tokens: readonly Token[], from: number, at: number): boolean {
  if (tokens[at]?.lower !== 'and' || tokens.slice(from, at).some((token) => ORGANISATION_WORDS.has(token.lower))) return false;
  // "Reinvestment", "Exploration": a noun made from a verb is a common noun however rare.
  const commonNoun = (token: Token | undefined): boolean =>
    !!token && /^\p{Lu}\p{Ll}+$/u.test(token.text) && !placeKind(token.text) && (everydayRank(token.text) !== undefined || VERBAL_NOUN.test(token.text));
  if (!commonNoun(tokens[at - 1])) return false;
  for (let k = at + 1; k <= at + 4; k++) {
    // "Airbus Defence and Space SAS": a company's legal form ends its name.
    if (k > at + 1 && COMPANY_FORMS.has(tokens[k]?.text ?? '')) return true;
    if (!commonNoun(tokens[k])) return false;
    // "American Recovery and Reinvestment Act": a law's or programme's head ends its name as a body's does.
    if (ORGANISATION_WORDS.has(tokens[k]!.lower) || FACILITY_HEADS.has(tokens[k]!.lower) || (k > at + 1 && DOCUMENT_HEADS.has(tokens[k]!.lower))) return true;
    // "Space", "Human": an everyday noun; "Kennedy" ("Commercial Crew and Kennedy Space Center") is a surname, and two names.
    // "Training", "Simulation": a noun made from a verb is no surname, however rare.
    if ((everydayRank(tokens[k]!.text) ?? Infinity) > EVERYDAY_NOUN_RANK && !VERBAL_NOUN.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** A company's legal form after its name. */
const COMPANY_FORMS = new Set(['SAS', 'SA', 'AG', 'GmbH', 'plc', 'PLC', 'Ltd', 'Inc', 'LLC', 'NV', 'BV', 'SpA', 'AB', 'ASA', 'Oy', 'KK']);
/** Heads of a place built or set aside for a purpose: "Utah Test and Training Range". */
const FACILITY_HEADS = new Set(['range', 'station', 'facility', 'complex', 'habitat', 'base', 'reserve', 'refuge']);
/** Nouns made from verbs and adjectives ("Training", "Exploration", "Performance"): common nouns, never surnames. */
const VERBAL_NOUN = /\p{Ll}(?:ing|tion|sion|ment|ness|ity|ance|ence)$/u;

/** Small words and dashes that may stand inside a name its acronym follows. */
const ACRONYM_NAME_JOINERS = new Set(['and', 'for', 'of', 'on', 'at', 'to', 'in', 'the', '&', '–', '-']);
const MAX_ACRONYM_NAME = 12;

/**
 * A small word or a dash inside a name that its acronym follows in brackets:
 * "Hawaiian Space Exploration Analog and Simulation (HI-SEAS)", "Temporal
 * Experiment for Storms and Tropical Systems Demonstration (TEMPEST-D)",
 * "Revolutionary Aerospace Systems Concepts – Academic Linkage (RASC-AL)".
 * Two names in a list never share one acronym; the acronym starts with the
 * name's initial, and the words up to it are capitalised or small words.
 */
export function joinsBeforeAcronym(tokens: readonly Token[], from: number, at: number): boolean {
  if (!ACRONYM_NAME_JOINERS.has(tokens[at]?.lower ?? '')) return false;
  let end = at + 1;
  while (end - from < MAX_ACRONYM_NAME && (/^\p{Lu}/u.test(tokens[end]?.text ?? '') || ACRONYM_NAME_JOINERS.has(tokens[end]?.lower ?? ''))) end++;
  const acronym = tokens[end + 1];
  // "HI-SEAS", "CREW-9": an acronym may hold a hyphen.
  if (end === at + 1 || tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')' || !acronym || !/^\p{Lu}[\p{Lu}\d&-]{2,9}$/u.test(acronym.text)) return false;
  const letters = acronym.text.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 3 && letters[0] === tokens[from]!.text[0];
}

/** Words this frequent are everyday nouns, not the surnames that are frequent too ("Johnson" ~1,900, "Kennedy" ~3,900). */
const EVERYDAY_NOUN_RANK = 1_500;
