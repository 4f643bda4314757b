/**
 * Text folded for matching that ignores case and accents ("Élan" finds
 * "elan"), with a map from every folded position back to the original text,
 * so a hit found in the folded copy is reported in the text's own offsets.
 * Lower-casing and stripping accents can change a character's length
 * ("İ" → "i̇" → "i", "ß" stays "ß", "ﬁ" → "ﬁ"), hence the map.
 */
export interface FoldedText {
  /** The folded copy. */
  folded: string;
  /** origin[i] is the offset in the original text of folded[i]; origin[folded.length] is the text's length. */
  origin: Uint32Array;
}

const COMBINING_MARKS = /\p{M}/gu;

/** Folds one character (a whole code point) for matching: accents off, lower case. */
export function foldCharacter(char: string): string {
  return char.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Folds a whole string for matching (no offset map): what a query goes through. */
export function foldForMatching(value: string): string {
  return value.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Folds `text` for case- and accent-insensitive matching, keeping where each folded unit came from. */
export function foldText(text: string): FoldedText {
  const parts: string[] = [];
  // At most two folded units per source unit in practice; grown if ever needed.
  let origin = new Uint32Array(text.length + 1);
  let length = 0;
  const push = (piece: string, from: number) => {
    if (length + piece.length + 1 > origin.length) {
      const grown = new Uint32Array(Math.max(origin.length * 2, length + piece.length + 1));
      grown.set(origin);
      origin = grown;
    }
    for (let i = 0; i < piece.length; i++) origin[length + i] = from;
    length += piece.length;
    parts.push(piece);
  };
  let runStart = 0;
  let index = 0;
  // ASCII runs take the fast path: one toLowerCase per run, one origin per unit.
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      index++;
      continue;
    }
    if (index > runStart) pushAsciiRun(runStart, index);
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
    push(foldCharacter(text.slice(index, index + width)), index);
    index += width;
    runStart = index;
  }
  if (index > runStart) pushAsciiRun(runStart, index);
  origin[length] = text.length;
  return { folded: parts.join(''), origin: origin.subarray(0, length + 1) };

  function pushAsciiRun(start: number, end: number) {
    if (length + (end - start) + 1 > origin.length) {
      const grown = new Uint32Array(Math.max(origin.length * 2, length + (end - start) + 1));
      grown.set(origin);
      origin = grown;
    }
    for (let i = start; i < end; i++) origin[length + i - start] = i;
    length += end - start;
    parts.push(text.slice(start, end).toLowerCase());
  }
}
