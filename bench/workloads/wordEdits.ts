import { randomInt } from './seededRandom';

/** One word of a text: a maximal run of non-space characters, text[start, end). */
export interface WordSpan {
  start: number;
  end: number;
}

/** The words of a text in order (punctuation stays attached, as a reader would select it). */
export function findWords(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  for (const match of text.matchAll(/\S+/g)) words.push({ start: match.index, end: match.index + match[0].length });
  return words;
}

/** A word-aligned range: words first..last (inclusive) and the characters they span. */
export interface WordRange {
  firstWord: number;
  lastWord: number;
  start: number;
  end: number;
}

/** `count` random ranges of minWords..maxWords whole words, the way a reader highlights phrases. */
export function randomWordRanges(words: readonly WordSpan[], count: number, minWords: number, maxWords: number, random: () => number): WordRange[] {
  if (words.length < maxWords) throw new Error(`Need at least ${maxWords} words, the text has ${words.length}.`);
  return Array.from({ length: count }, () => {
    const length = randomInt(random, minWords, maxWords);
    const firstWord = randomInt(random, 0, words.length - length);
    const lastWord = firstWord + length - 1;
    return { firstWord, lastWord, start: words[firstWord]!.start, end: words[lastWord]!.end };
  });
}

export type WordEditKind = 'replace' | 'delete' | 'insert';

/** One change to the word at `index`: replace it with `word`, delete it, or insert `word` before it. */
export interface WordEdit {
  index: number;
  kind: WordEditKind;
  /** The replacement or inserted word; unused for a deletion. */
  word: string;
}

/** The text after word edits, and where each old word went. */
export interface EditedText {
  text: string;
  /** New [start, end) of each old word (a replaced word maps to its replacement); -1 where it was deleted. */
  newStarts: Int32Array;
  newEnds: Int32Array;
  counts: Record<WordEditKind, number>;
}

const KINDS: readonly WordEditKind[] = ['replace', 'delete', 'insert'];

/** Edits to `rate` of the words, at random: each kind equally likely, new words drawn from the text itself. */
export function randomWordEdits(text: string, words: readonly WordSpan[], rate: number, random: () => number): WordEdit[] {
  const edits = new Map<number, WordEdit>();
  const target = Math.min(words.length, Math.round(words.length * rate));
  while (edits.size < target) {
    const index = randomInt(random, 0, words.length - 1);
    const source = words[randomInt(random, 0, words.length - 1)]!;
    edits.set(index, { index, kind: KINDS[randomInt(random, 0, 2)]!, word: text.slice(source.start, source.end) });
  }
  return [...edits.values()];
}

/**
 * Applies word edits (at most one per word). A deleted word takes the space
 * before it along (the first word, the space after it); an inserted word is
 * followed by one space.
 */
export function applyWordEdits(text: string, words: readonly WordSpan[], edits: readonly WordEdit[]): EditedText {
  const byIndex = new Map(edits.map((edit) => [edit.index, edit]));
  const newStarts = new Int32Array(words.length).fill(-1);
  const newEnds = new Int32Array(words.length).fill(-1);
  const counts: Record<WordEditKind, number> = { replace: 0, delete: 0, insert: 0 };
  const parts: string[] = [];
  let length = 0;
  const emit = (part: string): void => {
    parts.push(part);
    length += part.length;
  };
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const edit = byIndex.get(i);
    if (edit) counts[edit.kind]++;
    const separator = text.slice(cursor, word.start);
    cursor = word.end;
    if (edit?.kind === 'delete') {
      if (i === 0) {
        emit(separator);
        cursor = words[1]?.start ?? word.end;
      }
      continue;
    }
    emit(separator);
    if (edit?.kind === 'insert') emit(`${edit.word} `);
    newStarts[i] = length;
    emit(edit?.kind === 'replace' ? edit.word : text.slice(word.start, word.end));
    newEnds[i] = length;
  }
  emit(text.slice(cursor));
  return { text: parts.join(''), newStarts, newEnds, counts };
}

/**
 * Where a word range should be after the edits: from the first surviving word
 * to the last one (words inserted inside it belong to it, words inserted
 * before its first word do not); null when every word of it was deleted.
 */
export function mapWordRange(edited: EditedText, range: WordRange): WordSpan | null {
  let first = range.firstWord;
  while (first <= range.lastWord && edited.newStarts[first]! < 0) first++;
  if (first > range.lastWord) return null;
  let last = range.lastWord;
  while (edited.newStarts[last]! < 0) last--;
  return { start: edited.newStarts[first]!, end: edited.newEnds[last]! };
}
