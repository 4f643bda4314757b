import type { CaseStats } from '../text/caseStats';
import { ENGLISH_FUNCTION_WORDS } from '../lexicon/words';
import { isWordLike, type Sentence, type Token } from '../nlp/token';

/** What every extractor may know about the document beyond the sentence it reads. */
export interface DocumentContext {
  stats: CaseStats;
  /** Acronyms defined so far ("CSTO" → organisation), filled in document order. */
  acronymKinds: Map<string, 'organisation' | 'abbreviation'>;
}

/** Sentences shorter than this are headings or fragments; longer ones make unreadable prompts. */
export const MIN_WORDS = 6;
export const MAX_WORDS = 70;

const OPENING = new Set(['“', '"', '‘', "'", '(', '[', '«', ':', '—', '–', '…']);

/** True when token i starts the sentence, a quotation or a clause after a colon or dash. */
export function isInitial(sentence: Sentence, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const token = sentence.tokens[j]!;
    if (isWordLike(token)) return false;
    if (OPENING.has(token.text) || /^[.…!?;]+$/.test(token.text)) return true;
  }
  return true;
}

/** At least this share of a sentence's words must be in the Latin script: a name given in its own script beside an English sentence is fine. */
const MIN_LATIN_SHARE = 0.75;

/**
 * True when a sentence reads as English prose: mostly words in the Latin
 * script, with enough common English function words ("the", "of",
 * "will") among them. French, Russian or a list of numbers has almost
 * none, and a tagger trained on English would only make junk of it. An
 * English sentence may still quote a name in its own script ("Ibn
 * al-Haytham (أبو علي …) was a mathematician"); answers never hold one
 * (see answerQuality.ts).
 */
export function looksEnglish(tokens: readonly Token[]): boolean {
  let words = 0;
  let latin = 0;
  let function_ = 0;
  for (const token of tokens) {
    if (!/\p{L}/u.test(token.text)) continue;
    words++;
    if (!LATIN_WORD.test(token.text)) continue;
    latin++;
    if (ENGLISH_FUNCTION_WORDS.has(token.lower)) function_++;
  }
  return latin > 0 && latin / words >= MIN_LATIN_SHARE && function_ / latin >= 0.12;
}

/** A word wholly in the Latin script (with digits, marks and punctuation). */
export const LATIN_WORD = /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{S}]+$/u;
