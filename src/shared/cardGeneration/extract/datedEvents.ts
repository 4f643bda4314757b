import { isCapitalised, textOf, type Sentence } from '../nlp/token';
import { EVENT_NOUNS, ORGANISATION_WORDS } from '../lexicon/words';
import type { DateSpan } from './dates';
import type { Question } from './facts';

/**
 * "the Caribbean crisis in 1962", "the Battle of Borodino in 1812": a named
 * event followed by its year makes "When was the Caribbean crisis?".
 */
export function findDatedEvents(sentence: Sentence, dates: readonly DateSpan[]): Question[] {
  const { tokens } = sentence;
  const questions: Question[] = [];
  for (const date of dates) {
    const preposition = tokens[date.from - 1]?.lower;
    if (preposition !== 'in' && preposition !== 'of') continue;
    const end = date.from - 1;
    let from = end;
    // Walk back over the event's words: an event noun ("crisis", "Battle") with capitalised words before it or "of" inside.
    while (from > 0 && (isCapitalised(tokens[from - 1]!) || EVENT_NOUNS.has(tokens[from - 1]!.lower) || (tokens[from - 1]!.lower === 'of' && isCapitalised(tokens[from - 2] ?? tokens[0]!)))) from--;
    const words = tokens.slice(from, end);
    if (words.length < 2 || !words.some((word) => EVENT_NOUNS.has(word.lower)) || !isCapitalised(words[0]!) || from === 0) continue;
    // "the War Department in 1917": a body named after an event is no event.
    if (ORGANISATION_WORDS.has(words.at(-1)!.lower)) continue;
    const article = tokens[from - 1]?.lower === 'the' ? 'the ' : '';
    questions.push({
      factType: 'date',
      prompt: `When was ${article}${textOf(sentence, from, end)}?`,
      start: tokens[date.from]!.start,
      end: tokens[date.to - 1]!.end,
      hint: date.hint,
    });
  }
  return questions;
}
