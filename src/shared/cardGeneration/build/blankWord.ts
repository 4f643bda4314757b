/** How a cloze's blank is written in its prompt. */
export const BLANK = '[...]';

/** Replaces whole-word occurrences of `word` in `text` by the blank (a plain scan: a RegExp per card is slow). */
export function blankWord(text: string, word: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
    out += text.slice(from, at) + BLANK;
    from = end;
  }
  return out + text.slice(from);
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
