import { textOf, type Sentence } from '../nlp/token';
import { clauseSubject } from './clauseSubject';
import type { Question } from './facts';
import type { Quantity } from './numbers';

/** Verbs a count follows ("has 5,000 troops"), with the question's auxiliary and base form. */
const COUNT_VERBS: Record<string, [auxiliary: string, base: string]> = {
  has: ['does', 'have'],
  have: ['do', 'have'],
  had: ['did', 'have'],
  includes: ['does', 'include'],
  included: ['did', 'include'],
  comprises: ['does', 'comprise'],
  involves: ['does', 'involve'],
  involved: ['did', 'involve'],
  employs: ['does', 'employ'],
  employed: ['did', 'employ'],
  deployed: ['did', 'deploy'],
  sent: ['did', 'send'],
  lost: ['did', 'lose'],
  numbers: ['does', 'number'],
};

/**
 * "The exercise involved 5,000 troops" makes "How many troops did the
 * exercise involve?"; "will involve" keeps its "will". Only a short subject
 * right before the verb qualifies, so the question reads on its own.
 */
export function quantityQuestions(sentence: Sentence, quantities: readonly Quantity[]): Question[] {
  const { tokens } = sentence;
  const questions: Question[] = [];
  for (const quantity of quantities) {
    if (quantity.unit === -1) continue;
    let verb = quantity.from - 1;
    const lower = tokens[verb]?.lower ?? '';
    let form = COUNT_VERBS[lower];
    if (!form && tokens[verb - 1]?.lower === 'will' && ['have', 'include', 'involve', 'number', 'send', 'deploy'].includes(lower)) form = ['will', lower];
    if (!form) continue;
    if (form[0] === 'will') verb--;
    let clauseStart = verb;
    while (clauseStart > 0 && ![',', ';', ':'].includes(tokens[clauseStart - 1]!.text)) clauseStart--;
    const subject = clauseSubject(sentence, [], clauseStart, verb);
    if (!subject) continue;
    const auxiliary = form[0] === 'does' && subject.plural ? 'do' : form[0];
    questions.push({
      factType: 'number',
      prompt: `How many ${textOf(sentence, quantity.unit, quantity.unit + 1)} ${auxiliary} ${subject.text} ${form[1]}?`,
      start: tokens[quantity.from]!.start,
      end: tokens[quantity.to - 1]!.end,
      hint: quantity.hint,
    });
  }
  return questions;
}
