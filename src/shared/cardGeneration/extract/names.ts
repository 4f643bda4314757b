import { textOf, type Sentence } from '../nlp/token';
import { everydayRank } from '../lexicon/everydayWords';
import { placeKind } from '../lexicon/places';
import type { AcronymDefinition } from './acronyms';
import { classifyName, type ClassifiedName } from './classifyName';
import { splitTitle, titleEnd } from './titledNames';
import type { Question } from './facts';
import { findNameRuns, type NameRun } from './nameRuns';
import type { DocumentContext } from './sentenceContext';

/** The names of one sentence, and "Who is the … of …?" questions for titled people. */
export interface NamesFound {
  names: ClassifiedName[];
  questions: Question[];
}

/**
 * Finds the names of a sentence and what they name. A title inside a run
 * ("CSTO Secretary-General Imangali Tasmagambetov") makes the words after
 * it a person, the words before it what the title belongs to, and a
 * question "Who is the Secretary-General of the CSTO?"; the qualifier may
 * also be an acronym definition just before ("… Organization (CSTO)
 * Secretary-General …").
 */
export function extractNames(sentence: Sentence, claimed: readonly boolean[], context: DocumentContext, acronyms: readonly AcronymDefinition[]): NamesFound {
  const names: ClassifiedName[] = [];
  const questions: Question[] = [];
  for (const run of findNameRuns(sentence, claimed, context)) {
    const titled = splitTitle(sentence.tokens, run);
    if (!titled) {
      names.push(officeHolder(sentence, run, context) ?? classifyName(sentence, run, context));
      continue;
    }
    names.push({ ...titled.name, factType: 'person', hint: 'person' });
    // "Egyptian President", "Fatimid Caliph": an adjective before the title is no one's name, and "the President of Egyptian" no question.
    // "Acting Marshall Center Director Joseph Pelfrey": "Acting" says what kind of director, not whose.
    const standing = titled.qualifier && STANDING.has(sentence.tokens[titled.qualifier.from]!.lower) ? sentence.tokens[titled.qualifier.from]!.lower : '';
    const whose = titled.qualifier && standing ? { ...titled.qualifier, from: titled.qualifier.from + 1 } : titled.qualifier;
    const qualifier = whose && whose.to > whose.from ? classifyName(sentence, whose, context) : null;
    const owns = !!qualifier && HOLDER_TYPES.has(qualifier.factType);
    if (qualifier && owns) names.push(qualifier);
    const owner = qualifier ? (owns ? qualifierPhrase(sentence, qualifier) : null) : definedJustBefore(sentence, run, acronyms);
    if (!owner) continue;
    const name = sentence.tokens;
    questions.push({
      factType: 'person',
      prompt: `Who is the ${standing ? `${standing} ` : ''}${textOf(sentence, titled.title.from, titled.title.to)} of ${owner}?`,
      start: name[titled.name.from]!.start,
      end: name[titled.name.to - 1]!.end,
      hint: 'person',
    });
  }
  return { names, questions };
}

/** Words before a title that say how someone holds it, not whose it is. */
const STANDING = new Set(['acting', 'interim', 'former', 'outgoing', 'incoming']);

/** "the CSTO" or "Belarus": what a title belongs to, with "the" where the text has it (never before a country or city). */
function qualifierPhrase(sentence: Sentence, qualifier: NameRun): string {
  const text = textOf(sentence, qualifier.from, qualifier.to);
  return placeKind(text) ? text : articleBefore(sentence, qualifier.from) + text;
}

function articleBefore(sentence: Sentence, index: number): string {
  return sentence.tokens[index - 1]?.lower === 'the' ? 'the ' : '';
}

/** The organisation of an acronym definition that ends right before the run, e.g. "the Collective … Organization (CSTO)". */
function definedJustBefore(sentence: Sentence, run: NameRun, acronyms: readonly AcronymDefinition[]): string | null {
  const definition = acronyms.find((candidate) => candidate.parenTo === run.from && candidate.kind === 'organisation');
  return definition ? articleBefore(sentence, definition.from) + textOf(sentence, definition.from, definition.parenTo) : null;
}

/** What an office belongs to are the fact in "the Prime Minister of Italy", "CEO of BlackRock": the place or body, not the office as a name. */
const HOLDER_TYPES = new Set(['place', 'organisation', 'acronym']);
/** Words more common than this in everyday English read as a portfolio ("War", "Health"), not a holder's name. */
const PORTFOLIO_RANK = 20_000;

/** The place or body of an office run ("Prime Minister of [Italy]"), or null when the run names no office of one. */
function officeHolder(sentence: Sentence, run: NameRun, context: DocumentContext): ClassifiedName | null {
  const end = titleEnd(sentence.tokens, run.from, run.to);
  if (end === run.from || sentence.tokens[end]?.lower !== 'of' || end + 1 >= run.to) return null;
  const from = sentence.tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
  if (from >= run.to) return null;
  const holder = classifyName(sentence, { from, to: run.to }, context);
  if (HOLDER_TYPES.has(holder.factType)) return holder;
  // A name of unknown kind holds the office unless it is an everyday word, as a portfolio is ("Minister of War", "Secretary of State").
  const words = sentence.tokens.slice(from, run.to);
  const everyday = words.every((word) => (everydayRank(word.text) ?? Infinity) < PORTFOLIO_RANK);
  return holder.factType === 'name' && !everyday ? holder : null;
}
