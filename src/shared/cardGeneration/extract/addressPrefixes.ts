import type { Token } from '../nlp/token';

/**
 * Forms of address and ranks written before a name ("Gen. Pervez
 * Musharraf", "Dr. Leah Stokes", "Flight Engineer Jasmin Moghbeli"): the
 * name to recall is what follows. Titles that say whose office it is
 * ("Secretary-General", "President") are split off elsewhere (splitTitle),
 * where they make a "Who is the … of …?" question.
 */
const ADDRESS_PREFIXES = [
  ...'mr|mrs|ms|mx|dr|prof|gen|lt|col|maj|capt|cmdr|adm|sgt|cpl|pvt|sen|rep|gov|rev|fr|hon'.split('|').flatMap((word) => [[word], [`${word}.`]]),
  ['flight', 'engineer'],
  ['mission', 'specialist'],
  ['astronaut'],
  ['cosmonaut'],
] as const;

/** How many tokens at `from` are a form of address before a name that goes on after them; 0 if none. */
export function addressPrefixLength(tokens: readonly Token[], from: number, to: number): number {
  for (const prefix of ADDRESS_PREFIXES) {
    if (from + prefix.length < to && prefix.every((word, k) => tokens[from + k]!.lower === word)) return prefix.length;
  }
  return 0;
}

/** Whether the words right before `from` are a form of address ("Gen.", "Dr.", "Flight Engineer"): what follows is a person. */
export function followsAddress(tokens: readonly Token[], from: number): boolean {
  return ADDRESS_PREFIXES.some((prefix) => from - prefix.length >= 0 && prefix.every((word, k) => tokens[from - prefix.length + k]!.lower === word));
}
