/** How often each word (lower-cased) appears written in lower case, and capitalised inside a sentence. */
export interface CaseStats {
  lower: Map<string, number>;
  capitalisedMidSentence: Map<string, number>;
}

const WORD = /\p{L}[\p{L}\p{M}'’\u00b4]*/gu;
/** Characters after which a capital says nothing about a name: sentence ends, quotes, brackets, dashes. */
const OPENERS = new Set(['.', '!', '?', '…', ':', '“', '"', '‘', '(', '[', '—', '–', '«']);

/**
 * Counts, over the whole document, how each word is written. A word that
 * only ever appears capitalised at the start of a sentence ("Asked",
 * "Problems") or also in lower case ("Command" / "command") is not a name,
 * whatever a tagger says about its capital letter.
 */
export function buildCaseStats(text: string): CaseStats {
  const lower = new Map<string, number>();
  const capitalisedMidSentence = new Map<string, number>();
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const first = word[0]!;
    const key = word.toLowerCase();
    if (first === key[0]) {
      if (word === key) lower.set(key, (lower.get(key) ?? 0) + 1);
    } else if (!followsOpener(text, match.index)) {
      capitalisedMidSentence.set(key, (capitalisedMidSentence.get(key) ?? 0) + 1);
    }
  }
  return { lower, capitalisedMidSentence };
}

/** True when the word at `index` starts a sentence, a quote or a paragraph. */
function followsOpener(text: string, index: number): boolean {
  let i = index - 1;
  let newlines = 0;
  while (i >= 0 && /\s/.test(text[i]!)) {
    if (text[i] === '\n') newlines++;
    i--;
  }
  return i < 0 || newlines >= 2 || OPENERS.has(text[i]!);
}

/** True when the document shows the word capitalised mid-sentence at least as often as in lower case. */
export function looksProper(stats: CaseStats, word: string): boolean {
  const key = word.toLowerCase();
  const capitalised = stats.capitalisedMidSentence.get(key) ?? 0;
  return capitalised > 0 && capitalised >= (stats.lower.get(key) ?? 0);
}

/** True when the document also writes the word in lower case (a common word, not a name). */
export function seenInLowerCase(stats: CaseStats, word: string): boolean {
  return (stats.lower.get(word.toLowerCase()) ?? 0) > 0;
}
