import type { Candidate } from './chooseCandidate';
import { findFuzzy } from './fuzzySearch';
import { GRAM_LENGTH } from './gramIndex';
import type { WholeTextSearch } from './wholeTextSearch';

/** Pieces shorter than this occur all over a book and would not narrow the search (and could not be indexed). */
const MIN_PIECE = GRAM_LENGTH;
/** A piece found more often than this says nothing about where the quote is, so it is not used. */
const MAX_HITS_PER_PIECE = 64;

/**
 * Approximate matches of exact anywhere in a long text, with at most
 * maxErrors differences, found by filtering before verifying: cut the quote
 * into maxErrors + 1 pieces; a match with that few errors must contain at
 * least one piece unchanged (pigeonhole), so only the places where some piece
 * occurs exactly are searched approximately. A whole-book scan per quote
 * (~40 ms on 3 MB) becomes a few substring searches. maxErrors is lowered until
 * every piece has at least MIN_PIECE characters.
 */
export function findFuzzyInLongText(search: WholeTextSearch, exact: string, maxErrors: number): Candidate[] {
  const { text } = search;
  const errors = Math.min(maxErrors, Math.floor(exact.length / MIN_PIECE) - 1);
  if (errors < 1) return [];
  const pieceLength = Math.floor(exact.length / (errors + 1));
  const regions: [number, number][] = [];
  for (let piece = 0; piece <= errors; piece++) {
    const offset = piece * pieceLength;
    const hits = search.occurrences(exact.slice(offset, offset + pieceLength), MAX_HITS_PER_PIECE);
    // A match may have gained or lost up to `errors` characters on either side of the piece.
    for (const hit of hits) regions.push([hit - offset - errors, hit - offset + exact.length + errors]);
  }
  const candidates: Candidate[] = [];
  for (const [from, to] of mergeRegions(regions)) {
    candidates.push(...findFuzzy(text, exact, { from: Math.max(0, from), to: Math.min(text.length, to) }, errors));
  }
  return candidates;
}

/** Sorts and joins overlapping regions so no text is searched twice. */
function mergeRegions(regions: [number, number][]): [number, number][] {
  regions.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const region of regions) {
    const last = merged[merged.length - 1];
    if (last && region[0] <= last[1]) last[1] = Math.max(last[1], region[1]);
    else merged.push([region[0], region[1]]);
  }
  return merged;
}
