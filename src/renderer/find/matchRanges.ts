import type { TextHit } from '../../shared/textSearch/findAll';
import { textToPos, type TextMap } from '../reader/textMap';

/** A match in the editor: ProseMirror positions. */
export interface MatchRange {
  from: number;
  to: number;
}

/** The editor ranges of text hits (in text order), through the reader's map of text offsets to positions. */
export function matchRanges(map: TextMap, hits: readonly TextHit[]): MatchRange[] {
  return hits.map((hit) => ({ from: textToPos(map, hit.start, 'start'), to: textToPos(map, hit.end, 'end') }));
}

/**
 * The index of the first match that starts at or after `pos`, wrapping to the
 * first match when none does (as a browser's find goes on from the top); -1
 * when there are no matches. Binary search: a book can have 50,000.
 */
export function matchAtOrAfter(ranges: readonly MatchRange[], pos: number): number {
  if (ranges.length === 0) return -1;
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ranges[mid]!.from < pos) low = mid + 1;
    else high = mid;
  }
  return low === ranges.length ? 0 : low;
}

/** The match after (1) or before (-1) `current`, wrapping around at both ends; from none, the first or the last. */
export function stepMatch(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return direction > 0 ? 0 : count - 1;
  return (current + direction + count) % count;
}
