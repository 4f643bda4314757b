/** How a cloze's blank is written in its prompt. */
export const BLANK = '[...]';

/** Replaces whole-word occurrences of `word` in `text` by the blank (a plain scan: a RegExp per card is slow). */
export function blankWord(text: string, word: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (isWordChar(text[at - 1]) || isWordChar(text[end]) || continuesNumber(text, at, end) || inCompound(text, at, end)) continue;
    out += text.slice(from, at) + BLANK;
    from = end;
  }
  return out + text.slice(from);
}

/**
 * "20" inside "20,000", "1.5" or "3,20": a digit group or decimal of a
 * longer number is no whole word; nor is one end of a range written with a
 * dash ("600" in "500-600", "30" in "30–40").
 */
function continuesNumber(text: string, at: number, end: number): boolean {
  const digit = /\d/u;
  const joiner = /[,.\-–]/u;
  return (joiner.test(text[end] ?? '') && digit.test(text[end + 1] ?? '') && digit.test(text[end - 1] ?? '')) || (joiner.test(text[at - 1] ?? '') && digit.test(text[at - 2] ?? '') && digit.test(text[at] ?? ''));
}

/** A letter, digit or stress mark ("Midē´wiwin"): what a word is made of. */
function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}\u00b4]/u.test(char);
}

/**
 * "twenty" in "one twenty-fourth", "HTTP" or "2" in "HTTP/2": a word
 * hyphened to another letter, or slashed to another word, is part of a
 * compound, not the word alone.
 */
function inCompound(text: string, at: number, end: number): boolean {
  const joinedAfter = (text[end] === '-' && /\p{L}/u.test(text[end + 1] ?? '')) || (text[end] === '/' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ''));
  const joinedBefore = (text[at - 1] === '-' && /\p{L}/u.test(text[at - 2] ?? '')) || (text[at - 1] === '/' && /[\p{L}\p{N}]/u.test(text[at - 2] ?? ''));
  return joinedAfter || joinedBefore;
}
