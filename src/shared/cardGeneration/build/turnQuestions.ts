import type { Sentence } from '../nlp/token';
import type { TurnSpan } from '../text/turns';
import { speakerInSentence } from './attribution';
import { cardId, groupKey } from './cardId';
import { collapseSpaces } from './normalise';
import type { DraftCard } from './sentenceCards';

/**
 * Question/answer cards from an interview's exchanges: the interviewer's
 * question as the prompt, attributed ("Asked “…?”, what did Mr. Sullivan
 * answer?"), and the key sentence of the answer as what to recall. What an
 * analyst wants to keep from an interview is the stated position, which
 * entity clozes never ask for. The key sentence is the answer's first that
 * says something: fillers ("Thank you.", "Look, …" alone), sentences too
 * short to hold a claim and ones too long to recall are passed over.
 */

/** A question longer than this is cut to its last words ("… can you update us?"). */
const MAX_QUESTION_WORDS = 30;
/** A shorter question ("How does that stand?", "Are you again?") leans on what came before: no card stands on it. */
const MIN_QUESTION_WORDS = 6;
/** An answer's key sentence holds a claim: long enough to say something, short enough to recall. */
const MIN_ANSWER_WORDS = 7;
const MAX_ANSWER_WORDS = 45;
/** How far into an answer its key sentence may be (an answer that wanders off says its point early). */
const MAX_SENTENCES_LOOKED_AT = 4;

/** Openings that hold no claim of their own. */
const FILLER = /^(?:thank you|thanks|great question|good question|good morning|good afternoon|hi|hello|sure|yes|yeah|no|okay|ok|well|look|so|right|absolutely|of course)\b[\s,.!—–-]*$/iu;
/** Talk about the exchange itself ("thank you for the question") rather than its subject. */
const META_TALK = /\b(?:thank(?:s| you)|for the question|great question|good question)\b/iu;
/** A sentence that starts mid-thought ("— that I wouldn't …", "and then …") was cut from a longer one. */
const STARTS_WHOLE = /^[\p{Lu}\p{N}"“‘']/u;

const wordCount = (text: string): number => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The question an asker's turn ends on: its last sentence with a question mark, its last words if long. */
function questionOf(sentences: readonly Sentence[]): string | null {
  const asked = [...sentences].reverse().find((sentence) => sentence.text.trim().endsWith('?'));
  if (!asked) return null;
  const words = collapseSpaces(asked.text).split(' ');
  if (wordCount(asked.text) < MIN_QUESTION_WORDS) return null;
  return words.length <= MAX_QUESTION_WORDS ? words.join(' ') : `… ${words.slice(-MAX_QUESTION_WORDS).join(' ')}`;
}

/** The answer's key sentence (see above), or null when its opening holds none. */
function keySentenceOf(sentences: readonly Sentence[]): Sentence | null {
  for (const sentence of sentences.slice(0, MAX_SENTENCES_LOOKED_AT)) {
    const text = collapseSpaces(sentence.text);
    if (text.endsWith('?') || FILLER.test(text) || META_TALK.test(text) || !STARTS_WHOLE.test(text)) continue;
    const words = wordCount(text);
    if (words >= MIN_ANSWER_WORDS && words <= MAX_ANSWER_WORDS) return sentence;
  }
  return null;
}

/** The sentences inside a turn, in order. */
function sentencesIn(span: TurnSpan, sentences: readonly Sentence[]): Sentence[] {
  return sentences.filter((sentence) => sentence.start >= span.start && sentence.end <= span.end);
}

/** One card per exchange: an asker's turn followed by an answer from someone who does not ask. */
export function turnQuestionCards(text: string, spans: readonly TurnSpan[], sentences: readonly Sentence[]): DraftCard[] {
  const cards: DraftCard[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const asking = spans[i]!;
    const answering = spans[i + 1]!;
    if (!asking.asks || answering.asks) continue;
    const question = questionOf(sentencesIn(asking, sentences));
    const key = keySentenceOf(sentencesIn(answering, sentences));
    if (!question || !key) continue;
    const source = { exact: text.slice(key.start, key.end), start: key.start, end: key.end };
    const answer = collapseSpaces(key.text);
    const who = speakerInSentence(answering.speaker) ?? 'the speaker';
    const prompt = `Asked “${question}”, what did ${who} answer?`;
    cards.push({ id: cardId('qa', prompt, answer, source), type: 'qa', prompt, answer, factType: 'statement', group: groupKey(key.text), source, answerStart: key.start });
  }
  return cards;
}
