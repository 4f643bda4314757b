/**
 * wink's tokenizer knows the letters of Latin-1 but cuts words at any
 * other: "Gdańsk" becomes "Gda" "ń" "sk", "Abū" becomes "Ab" "ū", and a
 * tagger then sees fragments. The tagger is given a copy of the text with
 * each such Latin letter replaced by its base letter ("Gdansk", "Abu") and
 * a modifier letter ("ʿAlī") by an apostrophe, a stress mark inside a word
 * ("Midē´wiwin") by a letter: one UTF-16 unit for one, so
 * every offset still points into the original, whose words the cards keep.
 */
export function foldForTagger(text: string): string {
  // A stress mark after a letter ("Midē´wiwin", "Man´idō") is inside the word: a letter keeps wink from cutting there.
  return text.replace(BEYOND_LATIN_1, foldChar).replace(STRESS_AFTER_LETTER, 'h');
}

const STRESS_AFTER_LETTER = /(?<=\p{L})\u00b4/gu;

const BEYOND_LATIN_1 = /[\u0100-\u02ff\u1e00-\u1eff]/gu;
/** Latin letters with no decomposition to a base letter. */
const NO_DECOMPOSITION: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', ı: 'i', Ħ: 'H', ħ: 'h', Œ: 'O', œ: 'o', Ŋ: 'N', ŋ: 'n', Ŧ: 'T', ŧ: 't', ſ: 's' };
const folded = new Map<string, string>();

function foldChar(char: string): string {
  let result = folded.get(char);
  if (result !== undefined) return result;
  const base = char.normalize('NFD')[0] ?? char;
  if (/^[A-Za-z]$/u.test(base)) result = base;
  else if (NO_DECOMPOSITION[char]) result = NO_DECOMPOSITION[char];
  else if (/\p{Lm}|\p{Sk}/u.test(char)) result = "'";
  else result = char;
  folded.set(char, result);
  return result;
}
