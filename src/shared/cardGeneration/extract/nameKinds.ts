import type { Token } from '../nlp/token';

/*
 * The nouns that say what kind of place, building or document a name is,
 * and the hint each gives its blank ("Heathrow Airport" → airport, "North
 * Kivu Province" → region, "Rio Grande" → river, "Kigali Amendment" → law).
 */

/** Head nouns that make a name a building, and the hint each gives. */
export const BUILDING_KINDS = new Map<string, string>([
  ...['building', 'tower', 'palace', 'cathedral', 'castle', 'stadium', 'arena', 'mosque', 'temple', 'abbey', 'chapel', 'fort', 'gaol', 'prison'].map((word) => [word, 'building'] as const),
  ['airport', 'airport'],
  ['bridge', 'bridge'],
  ['facility', 'facility'],
  ['monument', 'monument'],
  ['memorial', 'memorial'],
]);

/** Head nouns of administrative areas, streets and features of the land, and the hint each gives. */
export const AREA_KINDS = new Map<string, string>([
  ...['province', 'prefecture', 'district', 'region', 'governorate', 'oblast', 'territory', 'canton', 'municipality'].map((word) => [word, 'region'] as const),
  ['county', 'county'],
  // "Senate Square", "Nikítski Boulevard": a street is not the body it is named after.
  ...['street', 'avenue', 'boulevard', 'road', 'lane'].map((word) => [word, 'street'] as const),
  ...['square', 'river', 'lake', 'sea', 'ocean', 'canal', 'island', 'peninsula', 'valley', 'mountain', 'mountains', 'hill', 'range'].map((word) => [word, word] as const),
]);

/** Nouns of features of the land written before their name, and the hint each gives. */
export const LEADING_FEATURES = new Map<string, string>([
  ...['river', 'rio', 'río'].map((word) => [word, 'river'] as const),
  ...['mount', 'mt.', 'monte', 'sierra'].map((word) => [word, 'mountain'] as const),
  ...['lake', 'lago', 'loch'].map((word) => [word, 'lake'] as const),
  ['cape', 'cape'],
  ['isla', 'island'],
]);

/** Head nouns that make a name a treaty or a law, and the hint each gives. */
export const DOCUMENT_KINDS = new Map<string, string>([
  ...['treaty', 'agreement', 'accord', 'accords', 'pact', 'protocol', 'convention', 'charter'].map((word) => [word, 'treaty'] as const),
  ...['act', 'law', 'bill', 'amendment', 'decree', 'ordinance', 'statute', 'code'].map((word) => [word, 'law'] as const),
  ['declaration', 'declaration'],
]);

/** Words that make a convention a gathering rather than a treaty. */
const GATHERING_WORDS = new Set(['national', 'democratic', 'republican', 'party', 'constitutional', 'annual', 'state', 'labour', 'labor', 'liberal', 'conservative', 'comic']);

/** What a law's code is of: "Civil Code", "Tax Code", "Napoleonic Code". */
const LEGAL_CODES = new Set(['civil', 'penal', 'criminal', 'tax', 'commercial', 'labour', 'labor', 'family', 'napoleonic', 'building', 'administrative', 'federal', 'electoral', 'land', 'water', 'forest', 'customs', 'military', 'uniform']);

/**
 * The kind of document or gathering a name's head noun says it is ("Kigali
 * Amendment" → law, "Treaty of Tilsit" → treaty, the head standing before
 * its "of", "for" or "on"), or undefined. "Visual Studio Code" is no law (a
 * code is one as "Civil Code", "Code of …"), and "Democratic National
 * Convention" is a gathering, not a treaty.
 */
export function documentKindOf(words: readonly Token[]): string | undefined {
  if (words.length < 2) return undefined;
  const head = words.at(-1)!.lower;
  if (head === 'convention' && words.slice(0, -1).some((word) => GATHERING_WORDS.has(word.lower))) return 'convention';
  if (head === 'code' && !LEGAL_CODES.has(words.at(-2)!.lower)) return undefined;
  const joinerAt = words.findIndex((word) => word.lower === 'of' || word.lower === 'for' || word.lower === 'on');
  return DOCUMENT_KINDS.get(head) ?? (joinerAt > 0 ? DOCUMENT_KINDS.get(words[joinerAt - 1]!.lower) : undefined);
}
