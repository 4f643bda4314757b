/**
 * The words the library index stores: runs of letters, digits and marks,
 * lower-cased with accents removed (as the text search folds them, so the
 * index and the literal matcher agree), and each character of a script
 * written without spaces (Chinese, Japanese, Thai…) as a word of its own.
 */

import { bmpKinds, isPairAt, kindOf, STANDALONE, WORD } from './characterKinds';

const COMBINING_MARKS = /\p{M}/gu;

const foldedWords = new Map<string, string>();

/** A lower-cased word without its accents ("natásha" → "natasha"); ASCII words pass as they are. */
function foldWord(word: string): string {
  if (!/[\u0080-\uffff]/.test(word)) return word;
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = word.normalize('NFD').replace(COMBINING_MARKS, '');
    if (foldedWords.size > 200_000) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 16_777_619;

/** FNV-1a over a word's UTF-16 code units: what scanWords gives with each ASCII word, for tables to file words under. */
export function hashWord(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), HASH_PRIME);
  return hash;
}

/** Where scanWords puts the words it reads, in order (repeats included). */
export interface WordSink {
  /**
   * A word of ASCII only (nothing to fold): the stretch [start, end) of the
   * lower-cased text, with its hashWord. No string is made for it, as most
   * words of a book are words seen before.
   */
  asciiWord(lower: string, start: number, end: number, hash: number): void;
  /** Any other word, folded (or a character of a script without spaces). */
  word(folded: string): void;
}

/** Reads the words of `text` into `sink`: the one tokenizer of queries, notes and whole books alike. */
export function scanWords(text: string, sink: WordSink): void {
  const lower = text.toLowerCase();
  const length = lower.length;
  /** Where the word being read started, once it is known to go beyond ASCII; -1 between words. */
  let start = -1;
  for (let i = 0; i < length; ) {
    let code = lower.charCodeAt(i);
    if (start < 0 && code < 0x80) {
      if (bmpKinds[code] !== WORD) {
        i++;
        continue;
      }
      // A run of ASCII word characters, hashed as it is read: most words of most texts end with it.
      const runStart = i;
      let hash = HASH_SEED;
      do {
        hash = Math.imul(hash ^ code, HASH_PRIME);
        i++;
      } while (i < length && (code = lower.charCodeAt(i)) < 0x80 && bmpKinds[code] === WORD);
      if (i === length || code < 0x80 || kindOf(lower, i) !== WORD) {
        sink.asciiWord(lower, runStart, i, hash);
        continue;
      }
      // The word goes on beyond ASCII ("naïve"): read on, to fold it whole.
      start = runStart;
    }
    const kind = kindOf(lower, i);
    const width = isPairAt(lower, i) ? 2 : 1;
    if (kind === WORD) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) sink.word(foldWord(lower.slice(start, i)));
      start = -1;
      if (kind === STANDALONE) sink.word(foldWord(lower.slice(i, i + width)));
    }
    i += width;
  }
  if (start >= 0) sink.word(foldWord(lower.slice(start)));
}

/** Calls `onWord` with each folded word of `text`, in order (repeats included). */
export function forEachWord(text: string, onWord: (word: string) => void): void {
  scanWords(text, { asciiWord: (lower, start, end) => onWord(lower.slice(start, end)), word: onWord });
}

/** The folded words of `text`, in order. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (word) => words.push(word));
  return words;
}

/** Whether the character at `offset` (a whole code point) is part of a word, and whether it stands alone. */
export function characterKind(text: string, offset: number): 'word' | 'standalone' | 'other' {
  const kind = kindOf(text, offset);
  return kind === WORD ? 'word' : kind === STANDALONE ? 'standalone' : 'other';
}

/**
 * Whether a hit at `offset` starts a word: nothing of a word just before it,
 * or a script without spaces on either side (any character may start one there).
 */
export function startsWord(text: string, offset: number): boolean {
  if (offset <= 0) return true;
  let before = offset - 1;
  const code = text.charCodeAt(before);
  if (code >= 0xdc00 && code <= 0xdfff && before > 0) before--;
  const previous = characterKind(text, before);
  return previous === 'other' || previous === 'standalone' || characterKind(text, offset) === 'standalone';
}
