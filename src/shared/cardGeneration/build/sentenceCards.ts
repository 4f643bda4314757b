import type { Sentence } from '../nlp/token';
import type { Mention, SentenceFacts } from '../extract/facts';
import type { CardSource, GeneratedCard } from '../types';
import { isGoodAnswer } from './answerQuality';
import { BLANK, blankWord } from './blankWord';
import { cardId, groupKey } from './cardId';
import { collapseSpaces, opensQuote } from './normalise';
import { attributed } from './attribution';
import { isCutFromLongerName } from './nameCut';
import { spellsOut } from './spelledOut';

/** A card before deck-wide selection, with where its answer sits for ordering. */
export interface DraftCard extends GeneratedCard {
  answerStart: number;
}

/** At most this many clozes per sentence (c1…c5 of one note). */
export const MAX_CLOZES_PER_SENTENCE = 5;

/**
 * Turns one sentence's facts into cards: the best few non-overlapping
 * mentions as clozes (the sentence with the fact blanked and a hint), and
 * every template question as a question/answer card. All share the
 * sentence as their source and its group key. In a transcript's turn a
 * first-person cloze names its speaker (see attribution.ts); a sentence that
 * points back ("They have gone up …") has `lead`, the sentence before it,
 * in front of its clozes (see leadSentence.ts).
 */
export function sentenceCards(text: string, sentence: Sentence, facts: SentenceFacts, speaker: string | null = null, lead: string | null = null): DraftCard[] {
  const source: CardSource = { exact: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
  const group = groupKey(sentence.text);
  const answerOf = (start: number, end: number): string => collapseSpaces(sentence.text.slice(start - sentence.start, end - sentence.start));
  const cards: DraftCard[] = [];
  const blanked = new Set<string>();
  // A question states nothing ("Is there gonna be like 24 people in a room?"): on the labelled development set two in three of its clozes were trivial or broken.
  const mentions = isQuestion(sentence.text) ? [] : pickClozes(facts.mentions);
  for (const mention of mentions) {
    const answer = answerOf(mention.start, mention.end);
    // Every occurrence of an answer is blanked in its cloze, so a second mention of it adds nothing.
    if (!isGoodAnswer(answer, mention.factType) || !wholeWords(text, mention.start, mention.end) || blanked.has(answer)) continue;
    if (isCutFromLongerName(sentence.text, mention.start - sentence.start, mention.end - sentence.start, mention.factType)) continue;
    // "the Foreign Intelligence Surveillance Court, known as the [FISC]": the words beside the blank spell it.
    if (mention.factType === 'acronym' && spellsOut(sentence.text, answer)) continue;
    // "Guinea" beside "Republic of Guinea": blanking it would cut the longer name ("Republic of [...]").
    const elsewhere = facts.mentions.filter((other) => other.end <= mention.start || other.start >= mention.end);
    if (elsewhere.some((other) => containsWord(answerOf(other.start, other.end), answer))) continue;
    blanked.add(answer);
    const own = blankOut(sentence, mention, answer);
    const led = lead === null ? null : attributed(`${blankWord(lead, answer)} ${own}`, sentence, speaker, answer);
    // The sentence before must not give the answer away; without it the card is as it was.
    const prompt = led !== null && !standsIn(led, answer) ? led : attributed(own, sentence, speaker, answer);
    // "worth [...] dollars … really 500-600 billion dollars": an answer left standing in its own prompt gives it away.
    if (standsIn(prompt, answer)) continue;
    cards.push({ id: cardId('cloze', prompt, answer, source), type: 'cloze', prompt, answer, hint: mention.hint, factType: mention.factType, group, source, answerStart: mention.start });
  }
  for (const question of facts.questions) {
    const answer = answerOf(question.start, question.end);
    if (!isGoodAnswer(answer, question.factType) || !wholeWords(text, question.start, question.end)) continue;
    const prompt = collapseSpaces(question.prompt);
    const card: DraftCard = { id: cardId('qa', prompt, answer, source), type: 'qa', prompt, answer, factType: question.factType, group, source, answerStart: question.start };
    if (question.hint) card.hint = question.hint;
    cards.push(card);
  }
  return cards;
}

/** The best mentions by rank, then position, that do not overlap one another. */
function pickClozes(mentions: readonly Mention[]): Mention[] {
  const picked: Mention[] = [];
  const ordered = [...mentions].sort((a, b) => a.rank - b.rank || a.start - b.start);
  for (const mention of ordered) {
    if (picked.length === MAX_CLOZES_PER_SENTENCE) break;
    if (picked.some((other) => mention.start < other.end && other.start < mention.end)) continue;
    picked.push(mention);
  }
  return picked;
}

/** The sentence with the mention blanked and hinted; other occurrences of the answer are blanked too. */
function blankOut(sentence: Sentence, mention: Mention, answer: string): string {
  const offset = sentence.start;
  const before = sentence.text.slice(0, mention.start - offset);
  const after = sentence.text.slice(mention.end - offset);
  return collapseSpaces(`${blankWord(before, answer)}${BLANK} (${mention.hint})${blankWord(after, answer)}`);
}

/** Whether a longer `name` holds `word` as whole words ("Republic of Guinea" holds "Guinea", not "Guin"). */
function containsWord(name: string, word: string): boolean {
  return name.length > word.length && standsIn(name, word);
}

/**
 * Whether [start, end) begins and ends at word boundaries: a tokenizer may
 * cut "Abū" into "Ab" and "ū", or "12U CubeSats" into "12" and "U.", and
 * half a word is no answer.
 */
function wholeWords(text: string, start: number, end: number): boolean {
  // A stress mark stands inside a word: "Midē´wiwin", "Ki´tshi Man´idō".
  const inWord = /[\p{L}\p{M}\p{N}\u00b4]/u;
  // "HTTP/2": a word slashed to another is half a name.
  const slashed = (text[end] === '/' && inWord.test(text[end + 1] ?? '')) || (text[start - 1] === '/' && inWord.test(text[start - 2] ?? ''));
  return !slashed && !inWord.test(text[start - 1] ?? '') && !inWord.test(text[end] ?? '');
}

/** Whether a sentence asks rather than states: it ends with a question mark that is not inside a quotation it opens ('we were like "How did we miss this?'). */
function isQuestion(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.endsWith('?') && !opensQuote(trimmed);
}

/** Whether `answer` stands in `text` as whole words anywhere (a blank skips it inside a range or a longer number). */
function standsIn(text: string, answer: string): boolean {
  for (let at = text.indexOf(answer); at !== -1; at = text.indexOf(answer, at + 1)) {
    const before = text[at - 1];
    const after = text[at + answer.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return true;
  }
  return false;
}
