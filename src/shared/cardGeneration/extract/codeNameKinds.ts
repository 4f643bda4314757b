import { textOf, type Sentence, type Token } from '../nlp/token';
import type { CodeName } from './codeNames';
import type { Question } from './facts';

const KIND_NOUNS = new Set(['training', 'trainings', 'exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers', 'games', 'operation', 'mission']);
const QUOTES = new Set(['“', '”', '"', '‘', '’', '«', '»', "'"]);
const STOPS = new Set([',', ';', ':', '.', '!', '?', '“', '”', '"', '«', '»', 'will', 'would', 'was', 'were', 'is', 'are']);
/** The kind is named within its first few words ("a command and staff training …"). */
const KIND_WITHIN = 5;
const MAX_KIND_WORDS = 13;

/**
 * "What is Interaction-2024?" from what the sentence says a code name is:
 * an apposition after it ("“Interaction-2024”, a command and staff training
 * with …"), words right after it ("“Search-2024” special trainings with …")
 * or the phrase that ends right before it ("Command and staff training with
 * the CSTO Peacekeeping Forces “Indestructible Brotherhood-2024”").
 */
export function codeNameKinds(sentence: Sentence, codeNames: readonly CodeName[]): Question[] {
  const { tokens } = sentence;
  const questions: Question[] = [];
  for (const name of codeNames) {
    let after = name.to;
    if (QUOTES.has(tokens[after]?.text ?? '')) after++;
    if (tokens[after]?.text === ',' && (tokens[after + 1]?.lower === 'a' || tokens[after + 1]?.lower === 'an')) after++;
    // "the STS-56 mission aboard Discovery": a noun right after an unquoted name is what it modifies, not what it is.
    const compound = after === name.to && tokens[after]?.pos === 'NOUN';
    const kind = (compound ? null : phraseAfter(tokens, after)) ?? phraseBefore(tokens, QUOTES.has(tokens[name.from - 1]?.text ?? '') ? name.from - 1 : name.from);
    if (!kind) continue;
    questions.push({ factType: 'event', prompt: `What is ${textOf(sentence, name.from, name.to)}?`, start: tokens[kind.from]!.start, end: tokens[kind.to - 1]!.end, hint: name.hint });
  }
  return questions;
}

/** A lower-case phrase starting at `from` and running to the next comma (outside brackets), quote or verb. */
function phraseAfter(tokens: readonly Token[], from: number): { from: number; to: number } | null {
  const first = tokens[from];
  if (!first || !/^\p{Ll}/u.test(first.text) || !['DET', 'ADJ', 'NOUN'].includes(first.pos)) return null;
  let to = from;
  let depth = 0;
  for (; to < tokens.length; to++) {
    const text = tokens[to]!.lower;
    if (text === '(') depth++;
    else if (text === ')') depth--;
    else if (depth === 0 && STOPS.has(text)) break;
  }
  return isKind(tokens, from, to) ? { from, to } : null;
}

/** The phrase that ends right before `end`, back to a comma, a verb or the sentence start. */
function phraseBefore(tokens: readonly Token[], end: number): { from: number; to: number } | null {
  let from = end;
  while (from > 0 && !STOPS.has(tokens[from - 1]!.lower) && !['VERB', 'AUX'].includes(tokens[from - 1]!.pos)) from--;
  while (from < end && ['CCONJ', 'SCONJ'].includes(tokens[from]!.pos)) from++;
  return from < end && isKind(tokens, from, end) ? { from, to: end } : null;
}

function isKind(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((token) => /[\p{L}\p{N}]/u.test(token.text));
  return words.length > 0 && words.length <= MAX_KIND_WORDS && words.slice(0, KIND_WITHIN).some((word) => KIND_NOUNS.has(word.lower));
}
