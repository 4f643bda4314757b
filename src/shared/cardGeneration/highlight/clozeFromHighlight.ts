import { BLANK, blankWord } from '../build/blankWord';
import { cardId, groupKey } from '../build/cardId';
import { collapseSpaces } from '../build/normalise';
import { extractSentence } from '../extract/extractSentence';
import type { Mention } from '../extract/facts';
import type { Sentence } from '../nlp/token';
import { buildCaseStats } from '../text/caseStats';
import type { GeneratedCard } from '../types';
import { sentencesAround } from './sentencesAround';

/**
 * "C" on a selected highlight: a cloze of its words in their sentence. When
 * the words are a fact the generator recognises (a city, a date…) the blank
 * gets that hint and fact type; otherwise it is a plain "highlight" cloze.
 * Null when the range has no words or covers its whole sentence (nothing
 * would be left to prompt with). Other occurrences of the words in the
 * sentence are blanked as well.
 */
export function clozeFromHighlight(text: string, range: { start: number; end: number }): GeneratedCard | null {
  const context = sentencesAround(text, range);
  if (!context) return null;
  const { start, end, source, display } = context;
  const answer = collapseSpaces(text.slice(start, end));
  const before = display.slice(0, start - source.start);
  const after = display.slice(end - source.start);
  if (collapseSpaces(`${before} ${after}`).split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)).length < 2) return null;
  const known = recognisedFact(text, context.sentences, start, end);
  const blank = known ? `${BLANK} (${known.hint})` : BLANK;
  // As in generated clozes, every other occurrence of the words is blanked too, or the prompt would give them away.
  const prompt = collapseSpaces(`${blankWord(before, answer)}${blank}${blankWord(after, answer)}`);
  const card: GeneratedCard = { id: cardId('cloze', prompt, answer, source), type: 'cloze', prompt, answer, factType: known?.factType ?? 'highlight', group: groupKey(display), source };
  if (known) card.hint = known.hint;
  return card;
}

/** The generator's own reading of the highlighted words, when it finds exactly that span as a fact. */
function recognisedFact(text: string, sentences: readonly Sentence[], start: number, end: number): Mention | undefined {
  if (sentences.length !== 1) return undefined;
  const sentence = sentences[0]!;
  const context = { stats: buildCaseStats(text.slice(Math.max(0, sentence.start - 20_000), sentence.end + 20_000)), acronymKinds: new Map() };
  return extractSentence(sentence, context).mentions.find((mention) => mention.start === start && mention.end === end);
}
