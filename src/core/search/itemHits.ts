import { TextFinder } from '../../shared/textSearch/findAll';
import { snippetAround, type Snippet } from '../../shared/textSearch/snippet';
import { matchableText, type SearchQuery } from './searchQuery';
import { startsWord } from './searchTokens';

/** How much of a note, tag or card a snippet shows around the hit: less than the text's, as they sit under their own label. */
const ITEM_CONTEXT = 48;

/**
 * The snippet of the first hit of `query` in a short text (a title, a note's
 * words, a tag, a card's side), or null when it has none.
 */
export function firstHitSnippet(text: string, query: SearchQuery): Snippet | null {
  if (text === '') return null;
  const flat = matchableText(text);
  for (const hit of new TextFinder(flat).findAll(query.needle, { caseSensitive: query.symbolsOnly })) {
    if (query.atWordStart && !startsWord(text, hit.start)) continue;
    // Line breaks inside a note read as spaces in a one-line snippet.
    return snippetAround(text.replace(/[\r\n]/g, ' '), hit.start, hit.end, ITEM_CONTEXT);
  }
  return null;
}
