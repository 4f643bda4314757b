/**
 * Whether a sentence spells an acronym out: "the Foreign Intelligence
 * Surveillance Court, known as the [FISC]", "the [EITC], earned income tax
 * credit". A cloze of the acronym there asks only for the initials of words
 * standing beside the blank; the acronym's own question card ("What does
 * FISC stand for?") asks the fact.
 */

/** Small words an acronym skips ("Department of Justice" → DOJ, "Secretary of State" → SecState). */
const SKIPPED = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', '&']);

export function spellsOut(sentence: string, acronym: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return false;
  const words = sentence.split(/[^\p{L}&]+/u).filter((word) => word !== '' && word !== acronym);
  return words.some((_, start) => spells(words, start, letters, 0));
}

/** Whether the words from `at` spell `letters` from `matched` on; a small word may give its letter ("DOJ") or be skipped ("FBI"). */
function spells(words: readonly string[], at: number, letters: string, matched: number): boolean {
  if (matched === letters.length) return true;
  const word = words[at];
  if (word === undefined) return false;
  if (word[0]!.toUpperCase() === letters[matched] && spells(words, at + 1, letters, matched + 1)) return true;
  return matched > 0 && SKIPPED.has(word.toLowerCase()) && spells(words, at + 1, letters, matched);
}
