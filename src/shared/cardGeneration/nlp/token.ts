/** One token of a sentence, with offsets into the document's original text. */
export interface Token {
  /** The token as it appears in the text (a hard line break inside a paragraph reads as a space). */
  text: string;
  lower: string;
  /** Universal part-of-speech tag from wink (PROPN, NOUN, NUM…). */
  pos: string;
  /** wink's token type: word, number, punctuation, currency… */
  kind: string;
  start: number;
  end: number;
  /** The model's entity type (DATE, CARDINAL, DURATION…), or '' outside entities. */
  entity: string;
  /** Tokens of one model entity share this number; -1 outside entities. */
  entityId: number;
}

/** A sentence: its tokens (no whitespace tokens) and its span in the document. */
export interface Sentence {
  tokens: Token[];
  start: number;
  end: number;
  /** The sentence's text as shown in prompts (line breaks read as spaces; same length as the original span). */
  text: string;
}

const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;

/** True for a word that starts with a capital letter. */
export function isCapitalised(token: Token): boolean {
  return UPPER_FIRST.test(token.text) && HAS_LETTER.test(token.text);
}

/** True for an all-capitals word of 2–7 letters (digits allowed after the first), like "CSTO" or "G7". */
export function isAcronym(token: Token): boolean {
  return /^\p{Lu}[\p{Lu}\d]{1,6}$/u.test(token.text) && !/^[IVXLCDM]+$/.test(token.text);
}

/** True for words and numbers, false for punctuation and symbols. */
export function isWordLike(token: Token): boolean {
  return /[\p{L}\p{N}]/u.test(token.text);
}

/** The text of tokens [from, to) of a sentence, as shown in prompts. */
export function textOf(sentence: Sentence, from: number, to: number): string {
  const first = sentence.tokens[from];
  const last = sentence.tokens[to - 1];
  if (!first || !last) return '';
  return sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
}

/** The number of words in a sentence (punctuation does not count). */
export function wordCount(sentence: Sentence): number {
  let count = 0;
  for (const token of sentence.tokens) if (isWordLike(token)) count++;
  return count;
}

/** The words of tokens [from, to) joined by single spaces. */
export function textOfTokens(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((token) => token.text)
    .join(' ');
}
