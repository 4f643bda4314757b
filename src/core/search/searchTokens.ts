/**
 * The words the library index stores: runs of letters, digits and marks,
 * lower-cased with accents removed (as the text search folds them, so the
 * index and the literal matcher agree), and each character of a script
 * written without spaces (Chinese, Japanese, Thai…) as a word of its own.
 */

const WORD = 1;
const SEPARATOR = 2;
/** A character of a script without spaces between words: a word by itself. */
const STANDALONE = 3;
type CharKind = typeof WORD | typeof SEPARATOR | typeof STANDALONE;

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}_]/u;
const STANDALONE_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const COMBINING_MARKS = /\p{M}/gu;

/** Kinds of the BMP's characters, learnt on first sight (0: not yet known): a table lookup beats a Unicode regex per character. */
const bmpKinds = new Uint8Array(0x10000);

function classify(char: string): CharKind {
  if (STANDALONE_CHARACTER.test(char)) return STANDALONE;
  return WORD_CHARACTER.test(char) ? WORD : SEPARATOR;
}

/** The kind of the character at `offset` and how many code units it takes. */
function kindAt(text: string, offset: number): [CharKind, number] {
  const code = text.charCodeAt(offset);
  if (code >= 0xd800 && code <= 0xdbff && offset + 1 < text.length) return [classify(String.fromCodePoint(text.codePointAt(offset)!)), 2];
  let kind = bmpKinds[code] as CharKind | 0;
  if (kind === 0) bmpKinds[code] = kind = classify(String.fromCharCode(code));
  return [kind, 1];
}

const foldedWords = new Map<string, string>();

/** A lower-cased word without its accents ("natásha" → "natasha"); ASCII words pass as they are. */
function foldWord(word: string): string {
  if (!/[\u0080-\uffff]/.test(word)) return word;
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = word.normalize('NFD').replace(COMBINING_MARKS, '');
    if (foldedWords.size > 200_000) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

/** Calls `onWord` with each folded word of `text`, in order (repeats included). */
export function forEachWord(text: string, onWord: (word: string) => void): void {
  const lower = text.toLowerCase();
  let start = -1;
  // Only a word with a character beyond ASCII can have accents to fold.
  let plain = true;
  const end = (at: number): void => {
    const word = lower.slice(start, at);
    onWord(plain ? word : foldWord(word));
    start = -1;
    plain = true;
  };
  for (let i = 0; i < lower.length; ) {
    // Most characters are in the BMP and known: a table lookup, no allocation.
    const code = lower.charCodeAt(i);
    let kind: CharKind;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff) [kind, width] = kindAt(lower, i);
    else kind = (bmpKinds[code] as CharKind | 0) || kindAt(lower, i)[0];
    if (kind === WORD) {
      if (start < 0) start = i;
      if (code > 0x7f) plain = false;
    } else {
      if (start >= 0) end(i);
      if (kind === STANDALONE) onWord(foldWord(lower.slice(i, i + width)));
    }
    i += width;
  }
  if (start >= 0) end(lower.length);
}

/** The folded words of `text`, in order. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (word) => words.push(word));
  return words;
}

/** Whether the character at `offset` (a whole code point) is part of a word, and whether it stands alone. */
export function characterKind(text: string, offset: number): 'word' | 'standalone' | 'other' {
  const [kind] = kindAt(text, offset);
  return kind === WORD ? 'word' : kind === STANDALONE ? 'standalone' : 'other';
}

/**
 * Whether a hit at `offset` starts a word: nothing of a word just before it,
 * or a script without spaces on either side (any character may start one there).
 */
export function startsWord(text: string, offset: number): boolean {
  if (offset <= 0) return true;
  let before = offset - 1;
  const code = text.charCodeAt(before);
  if (code >= 0xdc00 && code <= 0xdfff && before > 0) before--;
  const previous = characterKind(text, before);
  return previous === 'other' || previous === 'standalone' || characterKind(text, offset) === 'standalone';
}
