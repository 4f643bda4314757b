import { foldForMatching, foldText, type FoldedText } from './foldedText';

/** How a query is matched: literally, never as a pattern. */
export interface FindOptions {
  /** Match case and accents exactly; otherwise "elan" finds "Élan". */
  caseSensitive?: boolean;
  /** Only hits that neither start nor end inside a word (letters, digits, marks). */
  wholeWord?: boolean;
  /** Stop after this many hits (the count says "at least"). */
  limit?: number;
}

/** One hit, in the searched text's own offsets. */
export interface TextHit {
  start: number;
  end: number;
}

/** The longest query matched; a longer one is cut here, since no sentence is longer in practice. */
export const MAX_QUERY_LENGTH = 1_000;

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}_]/u;

/** Whether the character just before `offset` (before = true) or at it is part of a word. */
function isWordAt(text: string, offset: number, before: boolean): boolean {
  if (before ? offset <= 0 : offset >= text.length) return false;
  let at = before ? offset - 1 : offset;
  if (before && at > 0 && isLowSurrogate(text.charCodeAt(at))) at--;
  const code = text.codePointAt(at);
  return code !== undefined && WORD_CHARACTER.test(String.fromCodePoint(code));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * A finder for one text: folds it once, then answers any number of queries.
 * The query is always literal text (".*" finds a dot and a star).
 */
export class TextFinder {
  private foldedCache: FoldedText | null = null;

  constructor(readonly text: string) {}

  private get foldedText(): FoldedText {
    this.foldedCache ??= foldText(this.text);
    return this.foldedCache;
  }

  /** Every hit of `query`, in text order. A query with nothing but spaces finds nothing. */
  findAll(query: string, options: FindOptions = {}): TextHit[] {
    const cut = query.slice(0, MAX_QUERY_LENGTH);
    if (cut.trim() === '') return [];
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const hits: TextHit[] = [];
    const accept = (start: number, end: number) => {
      if (end <= start) return;
      if (options.wholeWord && (isWordAt(this.text, start, true) || isWordAt(this.text, end, false))) return;
      const last = hits.at(-1);
      if (last && start < last.end) return;
      hits.push({ start, end });
    };
    if (options.caseSensitive) {
      for (let at = this.text.indexOf(cut); at !== -1 && hits.length < limit; at = this.text.indexOf(cut, at + 1)) accept(at, at + cut.length);
      return hits;
    }
    const needle = foldForMatching(cut);
    if (needle === '') return [];
    const { folded, origin } = this.foldedText;
    for (let at = folded.indexOf(needle); at !== -1 && hits.length < limit; at = folded.indexOf(needle, at + 1)) {
      accept(origin[at]!, endOffset(origin, at + needle.length, this.text.length));
    }
    return hits;
  }
}

/** The original offset just past a folded range ending at `foldedEnd` (a folded character maps wholly). */
function endOffset(origin: Uint32Array, foldedEnd: number, textLength: number): number {
  const from = origin[foldedEnd - 1]!;
  // Walk to the first folded unit that came from a later original character.
  for (let i = foldedEnd; i < origin.length; i++) if (origin[i]! !== from) return origin[i]!;
  return textLength;
}

/** Every hit of `query` in `text` (folds the text each call: use TextFinder for repeated queries). */
export function findAll(text: string, query: string, options: FindOptions = {}): TextHit[] {
  return new TextFinder(text).findAll(query, options);
}
