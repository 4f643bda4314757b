/** Collapses whitespace (a hard line break reads as a space) and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The form answers and prompts are compared in: lower case, no punctuation, single spaces. */
export function comparable(text: string): string {
  return collapseSpaces(text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' '));
}

/** The form two answers are the same fact in: comparable, without diacritics ("Kitāb" = "Kitab"), with a range written one way ("1011–1021" = "1011 to 1021"). */
export function factKey(answer: string): string {
  return comparable(answer.normalize('NFD').replace(/\p{M}/gu, '')).replace(/(\d)(?: to | and | - | |-)(?=\d)/g, '$1-');
}

/** Whether a sentence opens a quotation it does not close: a question mark in it is someone else's ('I said "Why don't you keep it?'). */
export function opensQuote(text: string): boolean {
  const straight = (text.match(/"/gu) ?? []).length;
  return straight % 2 === 1 || (text.match(/“/gu) ?? []).length > (text.match(/”/gu) ?? []).length;
}

/** How many words a piece of text has: runs between spaces holding a letter or a digit ("—" is none). */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
