import { placeKind } from '../lexicon/places';
import type { Token } from '../nlp/token';
import type { FactType } from '../types';

/** Lower-case nouns of a street written after its name: "on Pennsylvania avenue". */
const STREET_NOUNS = new Set(['avenue', 'street', 'road', 'boulevard', 'lane', 'square', 'place', 'drive']);
/** A people's, a faith's or a language's adjective: "Spanish", "Christian", "Chinese", "Arabic". */
const ADJECTIVE_OF_PEOPLE = /^\p{Lu}\p{Ll}+(?:ish|ian|an|ese|ic)$/u;
const SAINT = /^(?:St\.?|Saint|Ste\.?|San|Santa|Sainte)$/u;
/** Last words of a program's interface's name: "Docker Service API" is software, not the body its "Service" suggests. */
const SOFTWARE_HEADS = new Set(['API', 'APIs', 'SDK', 'CLI', 'UI']);

/**
 * What a name is by its neighbours or its shape, where its words alone
 * mislead: "Pennsylvania avenue" is a street, not the state; "Washington
 * DC" a city; "St. Breock Church" a building, not a church body; "Spanish
 * America" a region; "Docker Service API" software. Null when none applies.
 */
export function kindAround(tokens: readonly Token[], from: number, to: number): { factType: FactType; hint: string } | null {
  const words = tokens.slice(from, to);
  const next = tokens[to];
  if (next && STREET_NOUNS.has(next.text)) return { factType: 'place', hint: 'street' };
  if (words.length === 2 && /^D\.?C\.?$/u.test(words[1]!.text)) return { factType: 'place', hint: 'city' };
  if (words.length > 1 && words.at(-1)!.lower === 'church' && SAINT.test(words[0]!.text)) return { factType: 'venue', hint: 'building' };
  const whole = words.map((word) => word.text).join(' ');
  if (words.length === 2 && ADJECTIVE_OF_PEOPLE.test(words[0]!.text) && placeKind(words[1]!.text) && !placeKind(words[0]!.text) && !placeKind(whole)) return { factType: 'place', hint: 'region' };
  if (words.length > 1 && SOFTWARE_HEADS.has(words.at(-1)!.text)) return { factType: 'name', hint: 'name' };
  return null;
}
