import { TextFinder, type TextHit } from '../../shared/textSearch/findAll';
import { snippetAround, type Snippet } from '../../shared/textSearch/snippet';
import { matchableText, type SearchQuery } from './searchQuery';
import { startsWord } from './searchTokens';

/** How much of a note, tag or card a snippet shows around the hit: less than the text's, as they sit under their own label. */
const ITEM_CONTEXT = 48;

/** Finders of the short texts searched (notes, tags, cards, titles), each folded once: a tag on 1,000 highlights is one entry. */
const finders = new Map<string, TextFinder>();
const MAX_FINDERS = 50_000;

function finderFor(text: string): TextFinder {
  let finder = finders.get(text);
  if (!finder) {
    if (finders.size >= MAX_FINDERS) finders.clear();
    finder = new TextFinder(matchableText(text));
    finders.set(text, finder);
  }
  return finder;
}

/** The first hit of `query` in a short text (a title, a note's words, a tag, a card's side), or null when it has none. */
export function firstHitIn(text: string, query: SearchQuery): TextHit | null {
  if (text === '') return null;
  for (const hit of finderFor(text).findAll(query.needle, { caseSensitive: query.symbolsOnly })) {
    if (!query.atWordStart || startsWord(text, hit.start)) return hit;
  }
  return null;
}

/** The snippet of a hit in a short text, on one line. */
export function itemSnippet(text: string, hit: TextHit): Snippet {
  // Line breaks inside a note read as spaces in a one-line snippet.
  return snippetAround(text.replace(/[\r\n]/g, ' '), hit.start, hit.end, ITEM_CONTEXT);
}
