import { isAcronym, type Token } from '../nlp/token';
import { looksProper, seenInLowerCase } from '../text/caseStats';
import { everydayRank } from '../lexicon/everydayWords';
import { placeKind } from '../lexicon/places';
import { ORGANISATION_WORDS, STOP_WORDS, VAGUE_TIME } from '../lexicon/words';
import type { DocumentContext } from './sentenceContext';

/*
 * A sentence capitalises its first word whatever it is, so a name run that
 * opens a sentence must show that its first word belongs to the name.
 */

/** Whether the run [from, to) opening a sentence starts at its first word: a name, not a verb, connective or common word capitalised. */
export function startsName(tokens: readonly Token[], from: number, to: number, context: DocumentContext): boolean {
  return acceptsInitial(tokens[from]!, to - from, context) || isLongBodyName(tokens, from, to);
}

/** Whether a capitalised first word of a sentence is a name rather than just capitalised. */
function acceptsInitial(token: Token, runLength: number, { stats }: DocumentContext): boolean {
  if (placeKind(token.text) || isAcronym(token) || looksProper(stats, token.text)) return true;
  if (STOP_WORDS.has(token.lower) || VAGUE_TIME.has(token.lower) || seenInLowerCase(stats, token.text)) return false;
  // "Forcing UTF-8 into …", "Building Google Docs …": an English -ing form opening a sentence is its verb, not a name's first word.
  if (/\p{Ll}ing$/u.test(token.text) && everydayRank(token.text) !== undefined) return false;
  // "Follow Commercial Crew …", "Visit NASA's site": an imperative opening a sentence is its verb.
  if (IMPERATIVES.has(token.lower)) return false;
  // "Meanwhile Cormoran slept", "Unfortunately Smith …": a connective or an adverb opening the sentence is not the name's first word.
  if (CONNECTIVES.has(token.lower) || (/\p{Ll}ly$/u.test(token.text) && everydayRank(token.text) !== undefined)) return false;
  // An unknown word at the start of a sentence is a name only if more name follows ("Imangali Tasmagambetov said").
  return runLength > 1;
}

/**
 * "Software Freedom Law Center is …": a run of three or more capitalised
 * words ending in a body's head noun is one name, even when its first word
 * is an everyday word that opens the sentence.
 */
function isLongBodyName(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  // "Following Health Department advice": an -ing or -ly word opening the sentence is its verb or adverb, not the name's first word.
  if (/\p{Ll}(?:ing|ly)$/u.test(first.text) || IMPERATIVES.has(first.lower) || CONNECTIVES.has(first.lower)) return false;
  return to - from >= 3 && ORGANISATION_WORDS.has(tokens[to - 1]!.lower) && tokens.slice(from, to).every((token) => /^\p{Lu}/u.test(token.text));
}

/** Verbs that open an article's calls to action and instructions. */
const IMPERATIVES = new Set(['follow', 'learn', 'visit', 'join', 'watch', 'read', 'download', 'contact', 'see', 'find', 'explore', 'discover', 'subscribe', 'register', 'check', 'view', 'listen', 'share', 'click', 'sign', 'tune', 'stream', 'email', 'call', 'take', 'consider', 'compare', 'note', 'imagine', 'remember', 'recall']);

/** Words that link a sentence to the one before it. */
const CONNECTIVES = new Set(['meanwhile', 'however', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'therefore', 'thus', 'hence', 'afterwards', 'still', 'also', 'indeed', 'besides', 'instead', 'otherwise', 'finally', 'eventually', 'suddenly', 'perhaps', 'maybe', 'sometimes', 'often', 'meantime', 'accordingly', 'consequently', 'likewise', 'again', 'anyway']);
