import { cardId, groupKey } from '../build/cardId';
import { collapseSpaces } from '../build/normalise';
import type { GeneratedCard } from '../types';
import { sentencesAround } from './sentencesAround';

/** A question and its answer read from a note, before they become a card. */
export interface NoteQuestion {
  prompt: string;
  answer: string;
}

const LABELLED = /^\s*Q\s*[:.)]\s*([\s\S]+?)\s*(?:\n|\s)A\s*[:.)]\s*([\s\S]*)$/i;

/**
 * Reads a question out of a highlight's note: "Q: … A: …", or "Question?
 * Answer" (the answer defaults to the highlighted words), or a first line
 * as the prompt and the rest as the answer. Null when there is no question.
 */
export function parseNoteQuestion(note: string, highlighted: string): NoteQuestion | null {
  const labelled = LABELLED.exec(note);
  let prompt: string;
  let answer: string;
  if (labelled) {
    prompt = labelled[1]!;
    answer = labelled[2]!;
  } else if (note.includes('?')) {
    const mark = note.indexOf('?') + 1;
    prompt = note.slice(0, mark);
    answer = note.slice(mark);
  } else {
    const lines = note.split('\n').filter((line) => line.trim());
    if (lines.length < 2) return null;
    prompt = lines[0]!;
    answer = lines.slice(1).join('\n');
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
