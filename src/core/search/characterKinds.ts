/**
 * What each character is to the tokenizer (searchTokens.ts): part of a word,
 * a separator, or a character of a script written without spaces that is a
 * word by itself. Kinds are learnt once per character of the BMP and kept in
 * a table, which the tokenizer's ASCII fast path reads directly.
 */

/** Part of a word: a letter, digit, mark or underscore. */
export const WORD = 1;
const SEPARATOR = 2;
/** A character of a script without spaces between words: a word by itself. */
export const STANDALONE = 3;
export type CharKind = typeof WORD | typeof SEPARATOR | typeof STANDALONE;

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}_]/u;
const STANDALONE_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/** Kinds of the BMP's characters, learnt on first sight (0: not yet known): a table lookup beats a Unicode regex per character. */
export const bmpKinds = new Uint8Array(0x10000);

function classify(char: string): CharKind {
  if (STANDALONE_CHARACTER.test(char)) return STANDALONE;
  return WORD_CHARACTER.test(char) ? WORD : SEPARATOR;
}

function learnKind(code: number): CharKind {
  return (bmpKinds[code] = classify(String.fromCharCode(code)));
}

// Known from the start: the scanner's fast path reads ASCII's kinds without asking.
for (let code = 0; code < 0x80; code++) learnKind(code);

/** Whether a code unit and the one after it make one character (a surrogate pair's first half with room for its second). */
export function isPairAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  return code >= 0xd800 && code <= 0xdbff && offset + 1 < text.length;
}

/** The kind of the character at `offset` (two code units when isPairAt). */
export function kindOf(text: string, offset: number): CharKind {
  if (isPairAt(text, offset)) return classify(String.fromCodePoint(text.codePointAt(offset)!));
  const code = text.charCodeAt(offset);
  return (bmpKinds[code] as CharKind | 0) || learnKind(code);
}
