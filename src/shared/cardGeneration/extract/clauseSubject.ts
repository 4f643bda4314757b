import { textOf, type Sentence } from '../nlp/token';
import type { CodeName } from './codeNames';

/** What a clause is about, as a question can name it. */
export interface ClauseSubject {
  text: string;
  plural: boolean;
}

const SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PUNCT']);
const MAX_SUBJECT_WORDS = 8;
/** Words that, ending a subject with no noun of its own, point back to one named before. */
const POINTS_BACK = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'next', 'former', 'latter', 'other', 'others', 'same', 'rest', 'one', 'ones', 'former', 'previous', 'following', 'remainder']);

/**
 * The subject of tokens [from, to): the code names in it, joined as a list
 * ("Interaction-2024, Search-2024 and Echelon-2024"), or else the whole
 * span when it is a short noun phrase ("The summit" → "the summit").
 * Null when it is long, starts with a pronoun or has a verb in it.
 */
export function clauseSubject(sentence: Sentence, codeNames: readonly CodeName[], from: number, to: number): ClauseSubject | null {
  const inside = codeNames.filter((name) => name.from >= from && name.to <= to);
  if (inside.length > 0) {
    const texts = inside.map((name) => textOf(sentence, name.from, name.to));
    const text = texts.length === 1 ? texts[0]! : `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}`;
    return { text, plural: texts.length > 1 };
  }
  const { tokens } = sentence;
  while (from < to && (tokens[from]!.text === ',' || tokens[from]!.lower === 'and' || tokens[from]!.lower === 'but')) from++;
  const words = tokens.slice(from, to);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS) return null;
  if (!words.every((word) => SUBJECT_TAGS.has(word.pos)) || words[0]!.pos === 'PUNCT' || words[words.length - 1]!.pos === 'PUNCT') return null;
  // "The fourth has four pillars", "the latter", "the same": a subject that points back to what came before names nothing alone.
  if (POINTS_BACK.has(words[words.length - 1]!.lower) && words.every((word) => (word.pos !== 'NOUN' && word.pos !== 'PROPN') || POINTS_BACK.has(word.lower))) return null;
  const text = textOf(sentence, from, to);
  const first = words[0]!;
  const lowered = first.pos === 'PROPN' ? text : text[0]!.toLowerCase() + text.slice(1);
  return { text: lowered, plural: /s$/i.test(words[words.length - 1]!.text) };
}
