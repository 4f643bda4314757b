import { keyTerms } from '../../src/shared/textAnchoring/keyTerms';
import { randomInt } from './seededRandom';
import { findWords, randomWordRanges, type WordSpan } from './wordEdits';

/**
 * One look-alike case: the highlighted passage is gone from the text, and a
 * copy of it with one name or number changed ("Rubezh-2024 … Tajikistan" →
 * "Rock-2024 … Kazakhstan") stands nearby. Any placement is a false one.
 */
export interface LookAlikeCase {
  /** The highlight as it was made, in the original text. */
  original: WordSpan;
  /** The text after the edit. */
  text: string;
  /** The changed copy of the passage, as it stands in the edited text. */
  lookAlike: WordSpan;
}

const TERM = /[\p{L}\p{N}]+/gu;

/** The passage with its first key term (name, number, quoted word) swapped for another key term of the text. */
function changeOneKeyTerm(passage: string, vocabulary: readonly string[], random: () => number): string | null {
  const terms = keyTerms(passage);
  const candidates = [...passage.matchAll(TERM)].filter(([word]) => terms.has(word));
  if (candidates.length === 0) return null;
  const target = candidates[randomInt(random, 0, candidates.length - 1)]!;
  const word = target[0];
  const replacement = /^\d+$/.test(word) ? String(Number(word) + randomInt(random, 1, 9)) : otherName(word, vocabulary, random);
  if (replacement === null) return null;
  return passage.slice(0, target.index) + replacement + passage.slice(target.index + word.length);
}

/** Another name of the text that neither starts nor ends like `word` (so the old word is not hidden inside it), or null. */
function otherName(word: string, vocabulary: readonly string[], random: () => number): string | null {
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = vocabulary[randomInt(random, 0, vocabulary.length - 1)]!;
    if (!name.startsWith(word) && !name.endsWith(word) && !word.startsWith(name) && !word.endsWith(name)) return name;
  }
  return null;
}

/** A whitespace offset within ±distance of `near` that is outside [avoidStart, avoidEnd), or -1. */
function insertionPoint(text: string, near: number, distance: number, avoidStart: number, avoidEnd: number, random: () => number): number {
  for (let attempt = 0; attempt < 20; attempt++) {
    let at = Math.max(0, Math.min(text.length, near + randomInt(random, -distance, distance)));
    while (at < text.length && !/\s/.test(text[at]!)) at++;
    if (at >= text.length) continue;
    if (at < avoidStart - 64 || at > avoidEnd + 64) return at;
  }
  return -1;
}

/**
 * `count` look-alike cases from a text: each a random highlight of 4–30 words
 * holding a name or number, deleted, with its changed copy put within
 * ±`distance` characters (inside the re-anchoring search window by default).
 */
export function makeLookAlikeCases(text: string, count: number, random: () => number, distance = 2_000): LookAlikeCase[] {
  const words = findWords(text);
  const vocabulary = [...keyTerms(text)].filter((term) => /^\p{Lu}\p{Ll}+$/u.test(term));
  const cases: LookAlikeCase[] = [];
  for (let attempts = 0; cases.length < count && attempts < count * 50; attempts++) {
    const [range] = randomWordRanges(words, 1, 4, 30, random);
    const passage = text.slice(range!.start, range!.end);
    const lookAlike = changeOneKeyTerm(passage, vocabulary, random);
    const at = lookAlike === null ? -1 : insertionPoint(text, range!.start, distance, range!.start, range!.end, random);
    if (lookAlike === null || at < 0) continue;
    const copy = ` ${lookAlike}`;
    // Insert first (offsets before the deletion are unchanged when at < start), then delete the original.
    const withCopy = text.slice(0, at) + copy + text.slice(at);
    const shift = at < range!.start ? copy.length : 0;
    const edited = withCopy.slice(0, range!.start + shift) + withCopy.slice(range!.end + shift);
    const copyStart = (at < range!.start ? at : at - (range!.end - range!.start)) + 1;
    cases.push({ original: { start: range!.start, end: range!.end }, text: edited, lookAlike: { start: copyStart, end: copyStart + lookAlike.length } });
  }
  return cases;
}
