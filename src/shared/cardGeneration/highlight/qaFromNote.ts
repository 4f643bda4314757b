import { markdownToPlainText } from '../../text/markdownToPlainText';
import { cardId, groupKey } from '../build/cardId';
import { collapseSpaces } from '../build/normalise';
import type { GeneratedCard } from '../types';
import { sentencesAround } from './sentencesAround';

/** A question and its answer read from a note, before they become a card. */
export interface NoteQuestion {
  prompt: string;
  answer: string;
}

/** What Q asks of a note when it cannot read a question in it. */
export const NOTE_QUESTION_FORMAT = "Write the note as 'Question? Answer' to make a question card from it, e.g. 'Which city hosts the summit? Minsk'.";

const LABELLED = /^\s*Q\s*[:.)]\s*([\s\S]+?)\s*(?:\n|\s)A\s*[:.)]\s*([\s\S]*)$/i;

/**
 * Reads a question out of a highlight's note, as plain text (the note is
 * Markdown): "Question? Answer", where the question runs up to the first
 * "?"; or "Q: … A: …". A question with nothing after it takes the
 * highlighted words as its answer. Null when the note has no question mark
 * and no Q:/A: labels: its first line is not a question, whatever it says.
 */
export function parseNoteQuestion(note: string, highlighted: string): NoteQuestion | null {
  const plain = markdownToPlainText(note);
  const labelled = LABELLED.exec(plain);
  let prompt: string;
  let answer: string;
  if (labelled) {
    prompt = labelled[1]!;
    answer = labelled[2]!;
  } else if (plain.includes('?')) {
    const mark = plain.indexOf('?') + 1;
    prompt = plain.slice(0, mark);
    answer = plain.slice(mark);
  } else {
    return null;
  }
  prompt = collapseSpaces(prompt);
  answer = collapseSpaces(answer) || collapseSpaces(highlighted);
  if (!/\p{L}.*\p{L}/u.test(prompt) || !/[\p{L}\p{N}]/u.test(answer) || prompt.toLowerCase() === answer.toLowerCase()) return null;
  return { prompt, answer };
}

/**
 * "Q" on a highlight: a question/answer card from its note, anchored to the
 * highlight's sentence. Null when the note holds no usable question.
 */
export function qaFromNote(text: string, range: { start: number; end: number }, note: string): GeneratedCard | null {
  const context = sentencesAround(text, range);
  if (!context) return null;
  const question = parseNoteQuestion(note, text.slice(context.start, context.end));
  if (!question) return null;
  const { source } = context;
  return { id: cardId('qa', question.prompt, question.answer, source), type: 'qa', ...question, factType: 'note', group: groupKey(context.display), source };
}
