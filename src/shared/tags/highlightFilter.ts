import type { CategoryId, HighlightFilter } from '../contract';
import { foldForMatching } from '../textSearch/foldedText';
import { TAG_SEPARATOR, tagKey } from './tagName';

/**
 * The highlight filter as a pure test: which highlights a HighlightFilter
 * (kept in the settings) lets through. Compiled once per filter, then run
 * over thousands of highlights, so everything that depends only on the
 * filter is worked out up front and the folded text of each highlight is
 * kept for the next query.
 */

/** What the filter reads of a highlight. */
export interface FilterableHighlight {
  color: CategoryId;
  tags: readonly string[];
  quote: string;
  note: string;
}

/** Where a highlight sits, for the conditions its fields do not hold: who speaks there, which document. */
export interface FilterScope<T> {
  /** The speaker of the turn the highlight starts in, or null (no turn there, or no place in the text). */
  speakerOf?: (highlight: T) => string | null;
  /** The document a highlight belongs to (lists across the library). */
  documentOf?: (highlight: T) => string | null;
}

/** How many choices a filter holds (each tag, colour, speaker and document, and the words as one): the badge on "Filter". */
export function filterChoiceCount(filter: HighlightFilter): number {
  return filter.tags.length + filter.colors.length + filter.speakers.length + filter.documentIds.length + (queryTerms(filter.words).length > 0 ? 1 : 0);
}

/** Whether a filter lets every highlight through. */
export function isFilterEmpty(filter: HighlightFilter): boolean {
  return filterChoiceCount(filter) === 0;
}

/**
 * The terms of a words query, folded (case and accents ignored): split at
 * spaces, with "a quoted phrase" kept as one term. Every term must appear.
 */
export function queryTerms(words: string): string[] {
  const terms: string[] = [];
  for (const match of words.matchAll(/"([^"]*)"?|(\S+)/gu)) {
    const term = foldForMatching((match[1] ?? match[2] ?? '').replace(/\s+/gu, ' ').trim());
    if (term !== '') terms.push(term);
  }
  return terms;
}

// A highlight's quote and note, folded, by the very view object: views are replaced, never changed, on an edit.
const foldedByHighlight = new WeakMap<FilterableHighlight, { quote: string; note: string; folded: string }>();

/** Text folded for matching, its whitespace runs made single spaces. */
function flatten(text: string): string {
  return foldForMatching(text).replace(/\s+/gu, ' ');
}

/** The quote and note of a highlight folded for matching, folded again only when they changed. */
function foldedWords(highlight: FilterableHighlight): string {
  const cached = foldedByHighlight.get(highlight);
  if (cached && cached.quote === highlight.quote && cached.note === highlight.note) return cached.folded;
  // Runs of spaces and line breaks as one space (a phrase may be hard-wrapped in the text), and a character
  // no one types between quote and note, so that a phrase never matches across the end of one and the start of the other.
  const folded = `${flatten(highlight.quote)}\u0000${flatten(highlight.note)}`;
  foldedByHighlight.set(highlight, { quote: highlight.quote, note: highlight.note, folded });
  return folded;
}

/** A test of a highlight's tags: each of the filter's tags matches itself and the tags under it, case-insensitively. */
function tagTest(filter: HighlightFilter): ((tags: readonly string[]) => boolean) | null {
  const roots = [...new Set(filter.tags.map(tagKey).filter((key) => key !== ''))];
  if (roots.length === 0) return null;
  const keys = new Map<string, string>();
  const keyOf = (tag: string): string => {
    let key = keys.get(tag);
    if (key === undefined) keys.set(tag, (key = tagKey(tag)));
    return key;
  };
  const within = (tags: readonly string[], root: string): boolean =>
    tags.some((tag) => {
      const key = keyOf(tag);
      return key === root || key.startsWith(root + TAG_SEPARATOR);
    });
  return filter.tagMode === 'all' ? (tags) => roots.every((root) => within(tags, root)) : (tags) => roots.some((root) => within(tags, root));
}

/**
 * The filter as a test of one highlight. Every condition the filter sets must
 * hold (an empty one holds for all): one of its colours; its tags, any or all
 * of them (a tag matches its children: "exercise" lets "exercise/kyrgyzstan"
 * through); one of its speakers; one of its documents; and every term of its
 * words somewhere in the quote or the note. A speaker or document condition
 * fails for a highlight whose speaker or document is not known.
 */
export function compileHighlightFilter<T extends FilterableHighlight>(filter: HighlightFilter, scope: FilterScope<T> = {}): (highlight: T) => boolean {
  const tests: ((highlight: T) => boolean)[] = [];
  if (filter.colors.length > 0) {
    const colors = new Set(filter.colors);
    tests.push((highlight) => colors.has(highlight.color));
  }
  const tags = tagTest(filter);
  if (tags) tests.push((highlight) => tags(highlight.tags));
  if (filter.speakers.length > 0) {
    const speakers = new Set(filter.speakers);
    const speakerOf = scope.speakerOf ?? (() => null);
    tests.push((highlight) => {
      const speaker = speakerOf(highlight);
      return speaker !== null && speakers.has(speaker);
    });
  }
  if (filter.documentIds.length > 0) {
    const documents = new Set(filter.documentIds);
    const documentOf = scope.documentOf ?? (() => null);
    tests.push((highlight) => {
      const document = documentOf(highlight);
      return document !== null && documents.has(document);
    });
  }
  const terms = queryTerms(filter.words);
  if (terms.length > 0) {
    tests.push((highlight) => {
      const folded = foldedWords(highlight);
      return terms.every((term) => folded.includes(term));
    });
  }
  return (highlight) => tests.every((test) => test(highlight));
}

/** The highlights a filter lets through, in the order given (the very list when the filter is empty). */
export function filterHighlights<T extends FilterableHighlight>(highlights: readonly T[], filter: HighlightFilter, scope: FilterScope<T> = {}): readonly T[] {
  if (isFilterEmpty(filter)) return highlights;
  return highlights.filter(compileHighlightFilter(filter, scope));
}
