import type { SeedHighlight } from '../../src/core/testing/seedAnnotations';
import type { SeedRange } from './highlightSet';
import { randomInt, seededRandom } from './seededRandom';

/** A coding scheme for War and Peace: six parents of five tags each, as an analyst's codebook might look. */
const CODEBOOK: Record<string, string[]> = {
  person: ['Pierre', 'Natasha', 'Andrei', 'Kutuzov', 'Napoleon'],
  place: ['Moscow', 'Petersburg', 'Borodino', 'Austerlitz', 'Bald Hills'],
  theme: ['war', 'peace', 'love', 'death', 'faith'],
  motif: ['sky', 'oak', 'fire', 'snow', 'music'],
  event: ['ball', 'duel', 'battle', 'retreat', 'council'],
  question: ['history', 'freedom', 'fate', 'power', 'chance'],
};

/** Every tag of the scheme, as "parent/child". */
export const SCHEME_TAGS: readonly string[] = Object.entries(CODEBOOK).flatMap(([parent, children]) => children.map((child) => `${parent}/${child}`));

/**
 * The highlights with one to three tags each from the scheme (so a tag is on
 * about 6% of them, a parent on about 30%). Same seed, same tags.
 */
export function tagHighlights(ranges: readonly SeedRange[], seed = 11): SeedHighlight[] {
  const random = seededRandom(seed);
  return ranges.map((range) => {
    const count = randomInt(random, 1, 3);
    const tags = new Set<string>();
    while (tags.size < count) tags.add(SCHEME_TAGS[randomInt(random, 0, SCHEME_TAGS.length - 1)]!);
    return { ...range, tags: [...tags] };
  });
}
