/**
 * REFI-QDA counts positions in Unicode characters (code points); Gloss, like
 * every JavaScript string, in UTF-16 code units. They differ after every
 * character outside the Basic Multilingual Plane (most emoji, rarer CJK
 * ideographs), which takes two units. This maps between the two in a text.
 */
export interface CodePointIndex {
  /** The text's length in code points. */
  readonly length: number;
  /** The code point offset of a UTF-16 offset; one inside a pair counts as the pair's start. */
  toCodePoint(unit: number): number;
  /** The UTF-16 offset of a code point offset; null past the end of the text. */
  toUnit(codePoint: number): number | null;
}

/** Whether text[index] starts a surrogate pair (a high surrogate followed by a low one). */
function startsPair(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** How many entries of an ascending list are below `value` (binary search). */
export function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * An index of a text's surrogate pairs, built in one pass, so each offset is
 * converted by binary search (a book with 5,000 highlights needs no 5,000
 * walks over its text). A lone surrogate counts as one character, as its
 * UTF-8 encoding (U+FFFD) does.
 */
export function codePointIndex(text: string): CodePointIndex {
  const pairUnits: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (startsPair(text, index)) {
      pairUnits.push(index);
      index++;
    }
  }
  // The code point offset of each pair: its unit offset less the pairs before it.
  const pairCodePoints = pairUnits.map((unit, count) => unit - count);
  const length = text.length - pairUnits.length;
  return {
    length,
    toCodePoint: (unit) => unit - countBelow(pairUnits, unit),
    toUnit: (codePoint) => (codePoint < 0 || codePoint > length ? null : codePoint + countBelow(pairCodePoints, codePoint)),
  };
}
