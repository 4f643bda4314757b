import { textOf, type Sentence } from '../nlp/token';
import type { ClassifiedName } from './classifyName';
import type { DateSpan } from './dates';
import type { Question } from './facts';

const HOST = new Set(['host', 'hosts', 'hosted', 'hosting']);
const AUXILIARIES = new Set(['will', 'would', 'shall', 'is', 'are', 'was', 'were', 'to']);
const OBJECT_STOPS = new Set([',', '.', ';', ':', '!', '?', '(', ')', '—', '–', 'which', 'that', 'who', 'where', 'when', 'while', 'as', 'because', 'and']);
const MAX_OBJECT_TOKENS = 14;

/**
 * "Y will host X": asks "Which city will host X?" (country, region or
 * "Who" by what Y is) and, when the sentence has a date and the verb is
 * "will host" or "hosted", "When will Y host X?".
 */
export function hostQuestions(sentence: Sentence, names: readonly ClassifiedName[], dates: readonly DateSpan[]): Question[] {
  const { tokens } = sentence;
  const questions: Question[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!HOST.has(tokens[i]!.lower) || tokens[i]!.pos !== 'VERB') continue;
    let auxStart = i;
    while (AUXILIARIES.has(tokens[auxStart - 1]?.lower ?? '')) auxStart--;
    const host = names.find((name) => name.to === auxStart && name.factType !== 'person');
    if (!host) continue;
    let end = i + 1;
    while (end < tokens.length && end - i <= MAX_OBJECT_TOKENS && !OBJECT_STOPS.has(tokens[end]!.lower) && !startsDate(dates, end)) end++;
    if (end === i + 1 || end - i > MAX_OBJECT_TOKENS) continue;
    const object = textOf(sentence, i + 1, end);
    const verb = textOf(sentence, auxStart, i + 1);
    const asker = host.hint === 'city' || host.hint === 'country' || host.hint === 'region' ? `Which ${host.hint}` : 'Who';
    const answer = { start: tokens[host.from]!.start, end: tokens[host.to - 1]!.end };
    questions.push({ factType: 'venue', prompt: `${asker} ${verb} ${object}?`, ...answer, hint: host.hint === 'name' ? 'place' : host.hint });
    const date = dates[0];
    const when = verb.toLowerCase() === 'will host' ? 'will' : verb.toLowerCase() === 'hosted' ? 'did' : null;
    if (date && when) {
      questions.push({ factType: 'date', prompt: `When ${when} ${textOf(sentence, host.from, host.to)} host ${object}?`, start: tokens[date.from]!.start, end: tokens[date.to - 1]!.end, hint: date.hint });
    }
  }
  return questions;
}

/** True when a date starts at token i, or i is "on"/"in" right before one ("on November 23"). */
function startsDate(dates: readonly DateSpan[], i: number): boolean {
  return dates.some((date) => date.from === i || date.from === i + 1);
}
