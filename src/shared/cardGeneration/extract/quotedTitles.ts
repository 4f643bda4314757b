import { isCapitalised, type Sentence, type Token } from '../nlp/token';

/**
 * A work's title in quotes, named by what it is: 'the book "Who Moved My
 * Cheese?"', 'a talk at FOSDEM called "You Can't Have a Cluster Without a
 * Cluster"', 'a movie called "Hoosiers"'. The title is one answer: a name
 * read inside it ("Moved", "Doing Less" of "The Art of Doing Less") is half
 * a title, and the blank's hint says what kind of work it is.
 */
export interface QuotedTitle {
  /** Token range [from, to) of the title, inside the quotes. */
  from: number;
  to: number;
  hint: string;
}

/** The kinds of work a title names, as the hint says them. */
const WORKS = new Map<string, string>([
  ...['book', 'novel', 'memoir', 'poem', 'essay', 'article', 'paper', 'report', 'play', 'song', 'album', 'film', 'movie', 'documentary', 'show', 'series', 'episode', 'podcast', 'talk', 'lecture', 'keynote', 'speech', 'course', 'game'].map(
    (word) => [word, word] as const,
  ),
  ...['books', 'novels', 'poems', 'essays', 'articles', 'papers', 'songs', 'films', 'movies', 'shows', 'talks'].map((word) => [word, word.slice(0, -1)] as const),
]);
/** Every noun for a work, to see one before an appositive comma ("His dramatic symphony, “Romeo and Juliet,”"). */
const WORKS_ALL = new Set([...WORKS.keys(), 'symphony', 'symphonies', 'opera', 'operas', 'sonata', 'sonatas', 'overture', 'concerto', 'suite', 'ballet', 'cantata', 'oratorio', 'painting', 'story', 'tale', 'ballad', 'hymn', 'hymns', 'song', 'chant', 'march', 'mass', 'requiem', 'work']);
/** Words that put a title after the kind of work ("a talk … called", "a paper titled"). */
const NAMING = new Set(['called', 'titled', 'entitled', 'named']);
/** How far before "called" the kind of work may stand: "a talk at FOSDEM last year called …". */
const NAMING_REACH = 6;
const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’']);
const MAX_WORDS = 12;

/**
 * Every quoted title in the sentence: one a kind of work names, hinted by
 * that kind, and one of two or more words set in title case ('his "Romeo and
 * Juliet"', '"A Midsummer Night\'s Dream"'), hinted as a title when someone's
 * work ("Gluck wrote", "his", "the symphony,"), else as a name: older prose
 * quotes the names of places and things too ('the "Tylwyth Teg"', 'sent to
 * the "Ty Gwyn"'). A quotation of speech is not in title case, and stays
 * words someone said.
 */
export function findQuotedTitles(sentence: Sentence): QuotedTitle[] {
  const { tokens } = sentence;
  const found: QuotedTitle[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    // A straight quote glued to the word before it (not to a bracket) closes a quotation ('"in A major," Schumann\'s "in C,"'): no title starts there.
    if (!OPENING_QUOTES.has(tokens[i]!.text) || (i > 0 && tokens[i - 1]!.end === tokens[i]!.start && !/^[([—–-]$/u.test(tokens[i - 1]!.text))) continue;
    const title = quotedTitle(tokens, i + 1);
    if (!title) continue;
    const hint = (i > 0 ? workBefore(tokens, i) : null) ?? (isTitleCase(tokens, title.from, title.to) ? (isAuthored(tokens, i) || namesWork(tokens, title) ? 'title' : 'name') : null);
    if (!hint) continue;
    found.push({ ...title, hint });
    i = title.to;
  }
  return found;
}

/** Verbs of making a work, before its title: 'Gluck wrote "Iphigénie en Aulide"'. */
const AUTHORING = new Set(['wrote', 'write', 'writes', 'written', 'composed', 'published', 'sang', 'sings', 'performed', 'recorded', 'released', 'directed', 'painted', 'produced', 'staged', 'played', 'read']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'your', 'our']);

/** Whether the quote at `at` follows someone's making or owning it ("wrote", "his", "Verdi's") or a work named before a comma ("symphony, "). */
function isAuthored(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before) return false;
  if (before.text === ',') return !!tokens[at - 2] && WORKS_ALL.has(tokens[at - 2]!.lower);
  return AUTHORING.has(before.lower) || POSSESSIVES.has(before.lower) || /['’]s$/u.test(before.text);
}

/** A title that says it is a work ("Hymn to Apollo", "Sonata in C") or is credited after its quote ('“Sun Blob Blues” by the Channel Surfers'). */
function namesWork(tokens: readonly Token[], title: { from: number; to: number }): boolean {
  if (tokens.slice(title.from, title.to).some((token) => WORKS_ALL.has(token.lower))) return true;
  const after = tokens.slice(title.to, title.to + 3).find((token) => !CLOSING_QUOTES.has(token.text) && !/^[.,]$/u.test(token.text));
  return after?.lower === 'by';
}

/** Small words a title leaves in lower case: "Romeo and Juliet", "Iphigénie en Aulide". */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'en', 'de', 'del', 'la', 'le', 'di', 'und', 'der', 'von']);

/** Whether the words [from, to) are two or more, and every one but the small ones starts with a capital. */
function isTitleCase(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((token) => /\p{L}/u.test(token.text) && !/^['’]s$/u.test(token.text));
  return words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word.text) || TITLE_SMALL_WORDS.has(word.lower));
}

/** The kind of work named right before the quote at `at` ("the book “…”"), or before the word that names it ("a talk … called “…”"). */
function workBefore(tokens: readonly Token[], at: number): string | null {
  const before = tokens[at - 1]!.lower;
  // A noun, not a verb: 'trying to show "No, we're legit!"' quotes what is shown.
  const workAt = (j: number): string | undefined => (tokens[j]!.pos === 'NOUN' ? WORKS.get(tokens[j]!.lower) : undefined);
  const work = workAt(at - 1);
  if (work) return work;
  if (!NAMING.has(before)) return null;
  for (let j = at - 2; j >= Math.max(0, at - 1 - NAMING_REACH); j--) {
    const kind = workAt(j);
    if (kind) return kind;
  }
  return before === 'called' || before === 'named' ? null : 'title';
}

/** The words up to the closing quote, when it closes within a few words and the title starts with a capital. */
function quotedTitle(tokens: readonly Token[], from: number): { from: number; to: number } | null {
  if (!tokens[from] || !isCapitalised(tokens[from]!)) return null;
  for (let to = from + 1; to < tokens.length && to - from <= MAX_WORDS; to++) {
    if (!CLOSING_QUOTES.has(tokens[to]!.text)) continue;
    // The sentence's own comma or stop put inside the quotes is not the title's ("called “Hoosiers.”"); its question mark is ("Who Moved My Cheese?").
    let end = to;
    while (end > from && /^[.,;:]+$/u.test(tokens[end - 1]!.text)) end--;
    // "Great. Amazing", "Captain Túshin! Captain Túshin!": a sentence's end inside the quotes makes it speech, not a title.
    if (tokens.slice(from, end - 1).some((token) => /^[.!?]+$/u.test(token.text))) return null;
    return end > from ? { from, to: end } : null;
  }
  return null;
}
