import { MAX_SEARCH_QUERY_LENGTH } from '../../shared/contract/searchLimits';
import { characterKind, wordsOf } from './searchTokens';

/** A word of the query as the index looks it up. */
export interface QueryWord {
  word: string;
  /** The query ends inside this word, so longer words match it ("nata" → "natasha"). */
  prefix: boolean;
}

/** A query read by the rules of `library:search` (see src/shared/contract/search.ts). */
export interface SearchQuery {
  /** The literal text every hit must be (spaces collapsed, typographic quotes made straight). */
  needle: string;
  /** The words the index narrows the search with; empty when none can (only punctuation, or one short word part). */
  words: QueryWord[];
  /** Hits must start where a word starts (the query starts with a letter or digit of a spaced script). */
  atWordStart: boolean;
  /** The query holds no letter, digit or mark: matched as the characters it is, case and accents aside. */
  symbolsOnly: boolean;
}

/**
 * A last word shorter than this (one letter) is not looked up in the index:
 * as a prefix it would expand to a good part of the vocabulary, and its hits
 * are plentiful enough for the literal scan, which stops at its count cap.
 */
export const MIN_PREFIX_LENGTH = 2;

/** Characters read as their plain forms, one for one, in the query and the text alike ("don’t" is found by "don't"). */
const TYPOGRAPHIC = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033]/g;
const PLAIN: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"' };

/**
 * Text as the search matches it: line breaks as spaces and typographic
 * quotes as straight ones, every character kept one for one so that offsets
 * stay those of the original.
 */
export function matchableText(text: string): string {
  return text.replace(/[\r\n]/g, ' ').replace(TYPOGRAPHIC, (char) => PLAIN[char]!);
}

/** Reads a query; null when there is nothing to search for (empty or only spaces). */
export function parseQuery(raw: string): SearchQuery | null {
  const needle = matchableText(raw.slice(0, MAX_SEARCH_QUERY_LENGTH)).replace(/\s+/gu, ' ').trim();
  if (needle === '') return null;
  const lastKind = characterKind(needle, lastCharOffset(needle));
  const found = wordsOf(needle);
  const words: QueryWord[] = found.map((word, i) => ({ word, prefix: i === found.length - 1 && lastKind === 'word' }));
  const last = words.at(-1);
  if (last?.prefix && last.word.length < MIN_PREFIX_LENGTH) words.pop();
  return { needle, words, atWordStart: characterKind(needle, 0) === 'word', symbolsOnly: found.length === 0 };
}

function lastCharOffset(text: string): number {
  const code = text.charCodeAt(text.length - 1);
  return code >= 0xdc00 && code <= 0xdfff && text.length > 1 ? text.length - 2 : text.length - 1;
}
