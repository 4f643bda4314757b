import { textOf, type Sentence } from '../nlp/token';
import type { ClassifiedName } from './classifyName';
import type { CodeName } from './codeNames';
import type { DateSpan } from './dates';
import type { Question } from './facts';
import { hostQuestions } from './hostStatements';
import { clauseSubject } from './clauseSubject';

const HELD = new Set(['held', 'conducted', 'organized', 'organised', 'staged', 'convened']);
const TAKE = new Set(['take', 'takes', 'took', 'taking', 'taken']);
const AUXILIARIES = new Set(['will', 'would', 'shall', 'to', 'be', 'been', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'being']);
const PLACE_PREPOSITIONS = new Set(['in', 'at']);

/**
 * Finds where something happens: "X will be held / conducted in Y", "X will
 * take place in Y" and "Y will host X", and asks "Where will X take place?",
 * "Which city will host X?" and, when the clause has a date, "When …?".
 * X is the code names of the clause when it has any ("Interaction-2024,
 * Search-2024 and Echelon-2024"), else its subject if short.
 */
export function findVenues(sentence: Sentence, names: readonly ClassifiedName[], codeNames: readonly CodeName[], dates: readonly DateSpan[]): Question[] {
  const { tokens } = sentence;
  const questions: Question[] = [];
  let clauseStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.lower;
    const takesPlace = TAKE.has(lower) && tokens[i + 1]?.lower === 'place';
    const verbEnd = takesPlace ? i + 2 : i + 1;
    if (!(HELD.has(lower) || takesPlace) || !PLACE_PREPOSITIONS.has(tokens[verbEnd]?.lower ?? '')) continue;
    let auxStart = i;
    while (auxStart > clauseStart && AUXILIARIES.has(tokens[auxStart - 1]!.lower)) auxStart--;
    if (!takesPlace && auxStart === i) continue;
    const placeFrom = tokens[verbEnd + 1]?.lower === 'the' ? verbEnd + 2 : verbEnd + 1;
    const place = names.find((name) => name.from === placeFrom && name.factType !== 'person');
    if (!place) continue;
    const subject = clauseSubject(sentence, codeNames, clauseStart, auxStart);
    if (subject) {
      const form = questionForm(sentence, auxStart, i, verbEnd, subject.plural);
      const answer = { start: tokens[place.from]!.start, end: tokens[place.to - 1]!.end };
      questions.push({ factType: 'venue', prompt: `Where ${form.before} ${subject.text} ${form.after}?`, ...answer, hint: place.hint === 'name' ? 'place' : place.hint });
      const date = dates.find((span) => span.from >= clauseStart && span.to <= place.to);
      if (date) questions.push({ factType: 'date', prompt: `When ${form.before} ${subject.text} ${form.after}?`, start: tokens[date.from]!.start, end: tokens[date.to - 1]!.end, hint: date.hint });
    }
    clauseStart = place.to;
    i = place.to - 1;
  }
  return [...questions, ...hostQuestions(sentence, names, dates)];
}

/** Splits "will be held" around the subject: "Where will [X] be held?"; "took place" becomes "did [X] take place". */
function questionForm(sentence: Sentence, auxStart: number, verb: number, verbEnd: number, plural: boolean): { before: string; after: string } {
  const { tokens } = sentence;
  const verbText = textOf(sentence, verb, verbEnd);
  if (auxStart === verb || tokens[auxStart]!.lower === 'to') {
    const base = verbText.replace(/^(takes|took|taking|taken)\b/i, 'take');
    const tense = tokens[verb]!.lower === 'took' ? 'did' : plural ? 'do' : 'does';
    return { before: tense, after: base };
  }
  const auxiliaries = tokens.slice(auxStart, verb).map((token) => token.lower);
  return { before: auxiliaries[0]!, after: [...auxiliaries.slice(1), verbText].join(' ') };
}
