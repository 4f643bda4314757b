/** How much text on each side of a quote is kept to tell repeats apart (W3C TextQuoteSelector). */
export const CONTEXT_LENGTH = 32;

/** W3C TextQuoteSelector: the quoted text and a little of what surrounds it. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: UTF-16 offsets into the document's plain text, [start, end). */
export interface PositionSelector {
  start: number;
  end: number;
}

/** Both selectors of one highlight: the position is fast, the quote survives edits. */
export interface TextSelectors {
  quote: QuoteSelector;
  position: PositionSelector;
}

/**
 * Builds both selectors for text[start, end); prefix/suffix never split a
 * surrogate pair (take ≤32 code units, dropping a lone half at the cut).
 * Throws RangeError for start<0, end>text.length, start>=end.
 */
export function describeRange(text: string, start: number, end: number): TextSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw new RangeError(`Range offsets must be integers, got [${start}, ${end}).`);
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Range [${start}, ${end}) is not a non-empty range of a text of length ${text.length}.`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  // A cut through an emoji would keep half a character that no later text can match.
  if (prefixStart < start && splitsPair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (suffixEnd > end && splitsPair(text, suffixEnd)) suffixEnd--;
  const prefix = text.slice(prefixStart, start);
  const suffix = text.slice(end, suffixEnd);
  return { quote: { exact: text.slice(start, end), prefix, suffix }, position: { start, end } };
}

/** True when offset falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** True for the first half of a UTF-16 surrogate pair. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** True for the second half of a UTF-16 surrogate pair. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
