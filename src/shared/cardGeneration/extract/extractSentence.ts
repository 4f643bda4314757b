import { isWordLike, wordCount, type Sentence } from '../nlp/token';
import { MAX_SENTENCE_CHARS } from '../text/chunks';
import { findAcronymDefinitions } from './acronyms';
import { findAliases } from './aliases';
import { codeNameKinds } from './codeNameKinds';
import { findCodeNames } from './codeNames';
import { findDatedEvents } from './datedEvents';
import { findDates } from './dates';
import { datesInSeries } from './dateSeries';
import { CLOZE_RANK, type Mention, type Question, type SentenceFacts } from './facts';
import { findLists, listHint } from './lists';
import { findPlainLists } from './plainLists';
import { extractNames } from './names';
import { findQuantities } from './numbers';
import { quantityQuestions } from './quantityQuestions';
import { isInitial, looksEnglish, MAX_WORDS, MIN_WORDS, type DocumentContext } from './sentenceContext';
import { findVenues } from './venues';
import { findQuotedTitles } from './quotedTitles';

const NOTHING: SentenceFacts = { mentions: [], questions: [] };

/**
 * "KubeCon started in 2015.": a short sentence is a fact when it names what
 * it is about first and has a verb, and ends as a sentence ends. A heading
 * or a fragment has no verb; "Look at Visio is doing." and "And moved three
 * times." have no subject; "It started in 2015." leans on the sentence before.
 */
function isShortStatement(sentence: Sentence, words: number): boolean {
  const { tokens } = sentence;
  const first = tokens.find(isWordLike);
  return (
    words >= 4 &&
    /[^.]\.$|!$/.test(sentence.text.trimEnd()) &&
    first !== undefined &&
    (['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM'].includes(first.pos) || /^(?:I|we)$/i.test(first.text)) &&
    tokens.some((token) => token.pos === 'VERB') &&
    !tokens.some((token) => token.pos === 'PRON' && !/^(?:I|we)$/i.test(token.text))
  );
}

/**
 * Every key fact of one sentence: code names first (so their year is no
 * date), then acronym definitions, other names given ("now called …"),
 * quoted titles, names, dates, quantities, lists and where/when statements.
 * Fragments, run-ons and non-English sentences yield nothing; a short
 * sentence only when it states something (isShortStatement).
 */
export function extractSentence(sentence: Sentence, context: DocumentContext): SentenceFacts {
  const words = wordCount(sentence);
  if ((words < MIN_WORDS && !isShortStatement(sentence, words)) || words > MAX_WORDS || sentence.text.length > MAX_SENTENCE_CHARS || !looksEnglish(sentence.tokens)) return NOTHING;
  const { tokens } = sentence;
  const claimed = new Array<boolean>(tokens.length).fill(false);
  const claim = (from: number, to: number): void => {
    claimed.fill(true, from, to);
  };
  const span = (from: number, to: number) => ({ start: tokens[from]!.start, end: tokens[to - 1]!.end });
  const mentions: Mention[] = [];
  const questions: Question[] = [];

  const codeNames = findCodeNames(sentence);
  for (const name of codeNames) {
    claim(name.from, name.to);
    mentions.push({ factType: 'event', hint: name.hint, ...span(name.from, name.to), rank: CLOZE_RANK.event });
  }
  questions.push(...codeNameKinds(sentence, codeNames));
  const acronyms = findAcronymDefinitions(sentence);
  for (const definition of acronyms) {
    context.acronymKinds.set(definition.acronym, definition.kind);
    // The definition is asked as "What does CSTO stand for?"; a cloze of it would show its own answer.
    claim(Math.min(definition.from, definition.parenFrom), Math.max(definition.to, definition.parenTo));
    const acronym = tokens.find((token, i) => token.text === definition.acronym && i >= definition.parenFrom - 1 && i < definition.parenTo)!;
    questions.push({ factType: 'acronym', prompt: `What does ${acronym.text} stand for?`, ...span(definition.from, definition.to), hint: definition.kind });
  }
  for (const alias of findAliases(sentence, claimed)) {
    claim(alias.from, alias.to);
    mentions.push({ factType: 'alias', hint: 'name', ...span(alias.from, alias.to), rank: CLOZE_RANK.alias });
  }
  // After aliases: 'now called “King of Naples.”' is another name, not a title.
  for (const title of findQuotedTitles(sentence)) {
    if (claimed.slice(title.from, title.to).some(Boolean)) continue;
    claim(title.from, title.to);
    mentions.push({ factType: 'name', hint: title.hint, ...span(title.from, title.to), rank: CLOZE_RANK.name });
  }
  // Dates before names, so "November" of "November 15" is never read as a name.
  const dates = findDates(sentence, claimed);
  for (const date of dates) claim(date.from, date.to);
  const found = extractNames(sentence, claimed, context, acronyms);
  questions.push(...found.questions);
  const lists = findLists(sentence, found.names);
  const listed = new Set(lists.flatMap((list) => list.items));
  for (const list of lists) if (list.question) questions.push(list.question);
  for (const items of findPlainLists(sentence, found.names.filter((name) => !listed.has(name)))) {
    for (const item of items) listed.add(item);
    mentions.push({ factType: 'list', hint: listHint(items), start: tokens[items[0]!.from]!.start, end: tokens[items.at(-1)!.to - 1]!.end, rank: CLOZE_RANK[items[0]!.factType] });
  }
  for (const name of found.names) {
    if (listed.has(name) || (isInitial(sentence, name.from) && name.to - name.from === 1 && name.factType === 'name')) continue;
    // An acronym blanked next to its own definition gives itself away.
    if (name.factType === 'acronym' && acronyms.some((definition) => definition.acronym === tokens[name.from]!.text)) continue;
    const { start, end } = span(name.from, name.to);
    // wink leaves "Weyrother’s" whole at the end of a clause; the name is without the possessive.
    const possessive = /['’]s$/.test(tokens[name.to - 1]!.text) ? 2 : 0;
    mentions.push({ factType: name.factType, hint: name.hint, start, end: end - possessive, rank: CLOZE_RANK[name.factType] });
  }
  const listedDates = datesInSeries(tokens, dates);
  for (const date of dates) {
    if (listedDates.has(date)) continue;
    mentions.push({ factType: 'date', hint: date.hint, ...span(date.from, date.to), rank: CLOZE_RANK.date });
  }
  // "Apollo 9 astronauts": the number of a numbered name is part of it, not a count of astronauts.
  for (const name of found.names) if (tokens.slice(name.from, name.to).some((token) => /\d/.test(token.text))) claim(name.from, name.to);
  const quantities = findQuantities(sentence, claimed);
  for (const quantity of quantities) {
    mentions.push({ factType: 'number', hint: quantity.hint, ...span(quantity.from, quantity.to), rank: CLOZE_RANK.number });
  }
  questions.push(...quantityQuestions(sentence, quantities));
  questions.push(...findVenues(sentence, found.names, codeNames, dates), ...findDatedEvents(sentence, dates));
  return { mentions, questions };
}

