import { hashWord } from './searchTokens';

/** Characters passed to one String.fromCharCode call (a call takes only so many arguments). */
const MAX_SPREAD = 1_024;

/**
 * Words shorter than this are cut from the text they were found in; longer
 * ones are made anew: in V8 a slice of 13 or more characters is a view that
 * keeps the whole string it was cut from (a chunk of the book) alive.
 */
const SHORT_SLICE = 13;

/**
 * The distinct words of a text, numbered in the order first seen. A word is
 * looked up from a stretch of a string and its hash, without making a
 * string of it (open addressing over typed arrays): a novel's ~100,000 word
 * occurrences cost no allocation, only its ~10,000 distinct words do.
 */
export class WordTable {
  /** Word number + 1 in each slot, 0 for empty; never more than half full. */
  private slots = new Int32Array(1 << 12);
  /** Every word's characters, one after another. */
  private chars = new Uint16Array(1 << 15);
  private charsUsed = 0;
  private starts = new Int32Array(1 << 11);
  private lengths = new Int32Array(1 << 11);
  private hashes = new Int32Array(1 << 11);
  /** The words, by number. */
  readonly words: string[] = [];

  /** The number of the word `text[start, end)`, whose hashWord is `hash`; a new word gets the next number. */
  idOfStretch(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot]!; entry !== 0; slot = (slot + 1) & mask, entry = this.slots[slot]!) {
      const id = entry - 1;
      if (this.hashes[id] !== hash || this.lengths[id] !== length) continue;
      const at = this.starts[id]!;
      let i = 0;
      while (i < length && this.chars[at + i] === text.charCodeAt(start + i)) i++;
      if (i === length) return id;
    }
    return this.add(text, start, end, hash, slot);
  }

  /** The number of `word`, a new one if it is new. */
  idOf(word: string): number {
    return this.idOfStretch(word, 0, word.length, hashWord(word));
  }

  private add(text: string, start: number, end: number, hash: number, slot: number): number {
    const id = this.words.length;
    const length = end - start;
    if (id === this.starts.length) {
      this.starts = grown(this.starts, id * 2);
      this.lengths = grown(this.lengths, id * 2);
      this.hashes = grown(this.hashes, id * 2);
    }
    if (this.charsUsed + length > this.chars.length) this.chars = grown(this.chars, Math.max(this.chars.length * 2, this.charsUsed + length));
    for (let i = 0; i < length; i++) this.chars[this.charsUsed + i] = text.charCodeAt(start + i);
    this.starts[id] = this.charsUsed;
    this.lengths[id] = length;
    this.hashes[id] = hash;
    this.charsUsed += length;
    this.words.push(length < SHORT_SLICE ? text.slice(start, end) : this.stringOf(id));
    this.slots[slot] = id + 1;
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  /** A long word as a string of its own, made from the characters kept here (see SHORT_SLICE). */
  private stringOf(id: number): string {
    const chars = this.chars.subarray(this.starts[id], this.starts[id]! + this.lengths[id]!);
    let word = '';
    for (let at = 0; at < chars.length; at += MAX_SPREAD) word += String.fromCharCode.apply(null, chars.subarray(at, at + MAX_SPREAD) as unknown as number[]);
    return word;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/** A copy of `array` with room for `length` entries. */
export function grown<T extends Int32Array | Uint16Array | Uint32Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}
