/** What a paragraph that ends its sentence ends with: a stop, a colon, a closing quote or bracket, a dash. */
const ENDS_A_SENTENCE = /[.!?:;…"”’')\]—–-]\s*$/u;
/** What a paragraph that goes on a sentence starts with: a lower-case letter. */
const GOES_ON = /^\s*\p{Ll}/u;
/** Words no sentence ends on: a paragraph that stops on one was cut, whatever the next starts with. */
const ENDS_ON_A_LINKING_WORD = /\b(?:the|a|an|of|to|and|or|but|in|on|at|by|for|from|with|as|that|which|his|her|their|our|its|my|your)\s*$/iu;
/** A cut paragraph is a piece of prose, not a one-word item of a list ("apples" / "bananas"). */
const MIN_WORDS = 4;

function isCut(lines: readonly string[]): boolean {
  const last = lines.at(-1) ?? '';
  const words = lines.join(' ').split(/\s+/u).filter((word) => word !== '').length;
  return words >= MIN_WORDS && !ENDS_A_SENTENCE.test(last);
}

/**
 * Joins paragraphs that a blank line cut in the middle of a sentence —
 * captions or a PDF copied with a blank line after every line ("We just
 * completed today's meeting of the" / "White House Coronavirus Task Force
 * and, at the" / …) — into one: a paragraph of prose that stops without
 * closing punctuation runs on into a next one that starts in lower case, or
 * into any next one when it stopped on a word no sentence ends on ("the",
 * "of"). The lines are kept as written; only the blank line between them
 * goes. Anything else — headings (the next paragraph starts with a
 * capital), one-word list items — stays apart.
 */
export function joinBrokenParagraphs(paragraphs: readonly string[][]): string[][] {
  const joined: string[][] = [];
  for (const lines of paragraphs) {
    const previous = joined.at(-1);
    if (previous && isCut(previous) && (GOES_ON.test(lines[0] ?? '') || ENDS_ON_A_LINKING_WORD.test(previous.at(-1) ?? ''))) previous.push(...lines);
    else joined.push([...lines]);
  }
  return joined;
}
