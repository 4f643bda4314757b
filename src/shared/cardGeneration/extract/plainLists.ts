import { TITLES } from '../lexicon/words';
import { textOf, type Sentence } from '../nlp/token';
import type { ClassifiedName } from './classifyName';

/** The kinds of name a plain list may join; each list holds one kind. */
const LISTABLE = new Set(['person', 'place', 'organisation', 'name']);
const MAX_ITEMS = 5;

/**
 * "such thinkers as Euclid and Ptolemy", "Liberia, Sierra Leone, and
 * Mali": names of one kind joined by commas and a last "and"/"or", with
 * no list verb before them. The list is one fact — blanking one item
 * beside the others asks half of it — so it is carded whole, hinted with
 * its size ("2 people", "3 countries").
 */
export function findPlainLists(sentence: Sentence, names: readonly ClassifiedName[]): ClassifiedName[][] {
  const { tokens } = sentence;
  const byStart = new Map(names.map((name) => [name.from, name]));
  const lists: ClassifiedName[][] = [];
  const used = new Set<ClassifiedName>();
  for (const first of names) {
    if (used.has(first) || !LISTABLE.has(first.factType)) continue;
    const items = [first];
    let i = first.to;
    let closed = false;
    let commaBeforeJoiner = false;
    while (!closed && items.length <= MAX_ITEMS) {
      let next = i;
      const comma = tokens[next]?.text === ',';
      if (comma) next++;
      const joiner = tokens[next]?.lower;
      const last = joiner === 'and' || joiner === 'or';
      if (last) next++;
      else if (next === i) break;
      commaBeforeJoiner = comma && last;
      // "Qatar, Egypt, and the United States": an item may take its article.
      if (tokens[next]?.lower === 'the' && byStart.has(next + 1)) next++;
      const item = byStart.get(next);
      if (!item || item.factType !== first.factType) break;
      items.push(item);
      i = item.to;
      closed = last;
    }
    if (!closed || items.length < 2 || items.length > MAX_ITEMS || !isWholeList(sentence, items, commaBeforeJoiner)) continue;
    for (const item of items) used.add(item);
    lists.push(items);
  }
  return lists;
}

/**
 * Whether names joined like a list are one: not two names with a comma
 * before the "and" ("before reaching Boguchárovo, and Rostóv, outstripping
 * Ilyín, …" ends a clause at the comma), not the same name twice, not a
 * list whose first name has a title of its own ("Mademoiselle Bourienne and
 * Anatole"), and not one whose last name owns what follows ("between
 * Borodinó and Bagratión’s flèches").
 */
function isWholeList(sentence: Sentence, items: readonly ClassifiedName[], commaBeforeJoiner: boolean): boolean {
  const { tokens } = sentence;
  if (items.length === 2 && commaBeforeJoiner) return false;
  // "Mademoiselle Bourienne and Anatole": the title is the first name's alone, and would stand outside the blank.
  if (TITLES.has(tokens[items[0]!.from - 1]?.lower.replace(/\.$/u, '') ?? '')) return false;
  const texts = items.map((item) => textOf(sentence, item.from, item.to).toLowerCase());
  if (new Set(texts).size < texts.length) return false;
  const last = items.at(-1)!;
  return !/['’]s$/u.test(tokens[last.to - 1]!.text) && !/^['’]s$/u.test(tokens[last.to]?.text ?? '');
}
