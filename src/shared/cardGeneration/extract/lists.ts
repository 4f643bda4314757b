import { textOf, type Sentence } from '../nlp/token';
import type { ClassifiedName } from './classifyName';
import type { Question } from './facts';

/** A list after "includes": its items (names of the sentence) and the question about it. */
export interface ListFound {
  items: ClassifiedName[];
  question: Question | null;
}

/** Verbs that introduce a list, and how a question asks about it ("does … include"). */
const TRIGGERS: Record<string, { auxiliary: string; verb: string }> = {
  include: { auxiliary: 'do', verb: 'include' },
  includes: { auxiliary: 'does', verb: 'include' },
  included: { auxiliary: 'did', verb: 'include' },
  including: { auxiliary: 'does', verb: 'include' },
  comprises: { auxiliary: 'does', verb: 'comprise' },
  comprised: { auxiliary: 'did', verb: 'comprise' },
  unites: { auxiliary: 'does', verb: 'unite' },
  united: { auxiliary: 'did', verb: 'unite' },
};
const SEPARATORS = new Set([',', 'and', 'or']);

/**
 * Finds "X, which includes A, B, …, and C": the names after a list verb
 * joined by commas and a final "and"/"or". When the thing that includes
 * them is a name just before (", which" allowed between), it also makes
 * "Which countries does X include?" (countries when every item is a known
 * country, cities likewise, otherwise "What does X include?").
 */
export function findLists(sentence: Sentence, names: readonly ClassifiedName[]): ListFound[] {
  const { tokens } = sentence;
  const byStart = new Map(names.map((name) => [name.from, name]));
  const found: ListFound[] = [];
  tokens.forEach((token, at) => {
    const trigger = TRIGGERS[token.lower];
    if (!trigger) return;
    const items: ClassifiedName[] = [];
    let i = at + 1;
    let closed = false;
    let complete = false;
    for (let item = byStart.get(i); item; item = byStart.get(i)) {
      items.push(item);
      i = item.to;
      // The item after "and"/"or" ends the list.
      if (closed) {
        complete = true;
        break;
      }
      const before = i;
      for (; SEPARATORS.has(tokens[i]?.lower ?? ''); i++) {
        if (tokens[i]!.lower !== ',') closed = true;
      }
      if (i === before) break;
    }
    if (items.length < 2 || !complete) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const owner = ownerBefore(sentence, names, at);
    const kinds = new Set(items.map((item) => item.hint));
    const category = kinds.size === 1 && (kinds.has('country') || kinds.has('city')) ? (kinds.has('country') ? 'countries' : 'cities') : null;
    const prompt = owner && `${category ? `Which ${category}` : 'What'} ${trigger.auxiliary} ${owner} ${trigger.verb}?`;
    found.push({
      items,
      question: prompt ? { factType: 'list', prompt, start: tokens[first.from]!.start, end: tokens[last.to - 1]!.end, hint: `${items.length} ${category ?? 'items'}` } : null,
    });
  });
  return found;
}

/** The name that includes the list: right before the verb, or before ", which". */
function ownerBefore(sentence: Sentence, names: readonly ClassifiedName[], verb: number): string | null {
  const { tokens } = sentence;
  let end = verb;
  if (tokens[end - 1]?.lower === 'which' || tokens[end - 1]?.lower === 'that') end--;
  if (tokens[end - 1]?.text === ',') end--;
  const owner = names.find((name) => name.to === end);
  if (!owner) return null;
  const article = tokens[owner.from - 1]?.lower === 'the' ? 'the ' : '';
  return article + textOf(sentence, owner.from, owner.to);
}

/** "2 people", "3 countries", "2 names": a list's size and what it lists. */
export function listHint(items: readonly ClassifiedName[]): string {
  const kinds = new Set(items.map((item) => item.hint));
  const kind = kinds.size === 1 ? [...kinds][0]! : '';
  const plural: Record<string, string> = { country: 'countries', city: 'cities', person: 'people', state: 'states', organisation: 'organisations' };
  return `${items.length} ${plural[kind] ?? 'names'}`;
}
