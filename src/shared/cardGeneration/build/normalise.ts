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
