import { isGivenName } from '../lexicon/firstNames';
import { placeKind } from '../lexicon/places';
import type { Token } from '../nlp/token';

/** Words that put a place before them: "came to Petersburg", "on reaching Moscow". */
const LEADS_TO_PLACE = new Set(['ADP', 'VERB']);

const folded = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Where a run of capitalised words is two names that a missing comma
 * joined: "When the Rostóvs came to [Petersburg] [Borís] called on them",
 * "On reaching [Petersburg] [Pierre] did not let anyone know". The run
 * follows a preposition or a verb, is a known place and then a given name,
 * and a verb comes next: that name is the subject of a new clause, not part
 * of the place. ("It seemed to Prince Andrew was …" keeps its title: no place.)
 * Returns the index where the second name starts, or -1.
 */
export function clauseSubjectSplit(tokens: readonly Token[], from: number, to: number): number {
  if (to - from < 2) return -1;
  const before = tokens[from - 1];
  const last = tokens[to - 1]!;
  const next = tokens[to];
  if (!before || !LEADS_TO_PLACE.has(before.pos) || !/^\p{Ll}/u.test(before.text)) return -1;
  if (!next || !/^\p{Ll}/u.test(next.text) || (next.pos !== 'VERB' && next.pos !== 'AUX')) return -1;
  // "to John Paul": two given names are one person's.
  if (!isGivenName(folded(last.text)) || isGivenName(folded(tokens[to - 2]!.text))) return -1;
  const place = tokens
    .slice(from, to - 1)
    .map((token) => token.text)
    .join(' ');
  return placeKind(place) ? to - 1 : -1;
}
