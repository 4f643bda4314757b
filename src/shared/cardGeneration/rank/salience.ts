import { comparable, factKey } from '../build/normalise';
import { everydayRank } from '../lexicon/everydayWords';
import { STOP_WORDS } from '../lexicon/words';
import type { FactType, GeneratedCard } from '../types';
import { subjectOf, type Subject } from './documentSubject';

/** What ranking a deck needs to know about the document as a whole. */
export interface DocumentFacts {
  /** The text's length, to place each card between its start and end. */
  length: number;
  /** The document's title: what it names is its subject, and guessable. */
  title: string;
  /** True for a transcript, where the answers' order says little about their weight. */
  transcript: boolean;
  /** How many candidate cards each answer (in comparable form) had before any was dropped: how often the text states it. */
  mentions: ReadonlyMap<string, number>;
  /** A transcript's speaker labels: their names are guessable answers there. */
  speakers?: readonly string[];
  /** Whether an offset is in a host's turn (see text/turns.ts): the guest's words weigh more. */
  hostAt?: (offset: number) => boolean;
}

/** A kind of fact's weight before anything else is known: what a speaker said, and who, outweighs a bare name. */
const KIND_WEIGHT: Record<FactType, number> = {
  statement: 1.3,
  // Stated once, and the name the rest of the literature uses: a reader keeps it.
  alias: 1.2,
  person: 1.1,
  date: 1.05,
  number: 1.05,
  event: 1.05,
  organisation: 1,
  venue: 0.95,
  place: 0.9,
  name: 0.85,
  acronym: 0.75,
  list: 0.65,
  highlight: 1,
  note: 1,
};

/** An everyday word this frequent or more makes an answer guessable; rarer ones weigh more, up to RARE_RANK. */
const RARE_RANK = 20_000;
const LEAST_SPECIFIC = 0.3;
const MOMENTS = /\b(?:seconds?|minutes?|moments?)\b/u;
const MOMENT_SPECIFICITY = 0.6;
const CENTURY_SPECIFICITY = 0.7;
const PRESENT_CENTURY = /\b(?:21st|twenty-first)[\s-]+century\b/iu;
/** The document's subject or setting: named in the title, or the answer that dominates the deck. */
const SUBJECT_FACTOR = 0.4;
/**
 * Thanks, greetings, sign-offs and a preface's acknowledgements ("I beg to
 * thank Mr. …", "kind assistance received from …") hold no fact, nor a
 * speech's roll-call of guests ("Your own governor, John Lynch is here.").
 */
const CHATTER =
  /\b(?:thank(?:s| you)?|good (?:morning|afternoon|evening)|welcome (?:back|to)|congratulations|appreciate it|acknowledge (?:the )?kind|(?:kind|courteous) (?:help|assistance)|(?:deeply |much )?indebted to|my (?:sincere |grateful )?thanks|(?:want|like) to (?:acknowledge|recognize|recognise)|please welcome|(?:a )?(?:big )?(?:round of applause|hand for)|(?:is|are) (?:here|with us)(?: today| tonight| this (?:morning|afternoon|evening))?(?=\s*(?:[.!,;]|--|—|$)))/iu;
/**
 * An article's account of what later scholars argued ("Ian P. Howard argued
 * in a 1996 Perception article …", "Toomer expressed some skepticism …") is
 * about the literature, not the subject: its names and years weigh less.
 */
const SCHOLARS_DEBATE = /\b(?:argued|argues|contended|contends|expressed (?:some )?(?:skepticism|scepticism|caution|doubts?)|has accounted for)\b/u;
const DEBATE_FACTOR = 0.7;
/** A host's framing weighs this much of a guest's words: the interviewee's words over the interviewer's. */
const HOST_FACTOR = 0.5;
/** Each further card with the same answer weighs this much less than the one before it. */
const REPEAT_FACTOR = 0.4;
/**
 * A card scoring under this is too slight for the default deck, whatever
 * the budget: an everyday answer, a repeat, an aside late in the text. On
 * the labelled development set, the cards under it were two thirds
 * trivial or broken; More cards still reaches them.
 */
const SLIGHT_SCORE = 0.35;
/** Prose puts its main facts first (a lede, an article's summary); a transcript less so. */
const PROSE_POSITION_SLOPE = 0.45;
const TRANSCRIPT_POSITION_SLOPE = 0.15;
/** An answer stated a few times is central to the text (stated very often, it is the subject: see documentSubject.ts). */
const CENTRAL_MENTIONS = { from: 2, to: 5, factor: 1.15 };

/**
 * Orders a deck's cards by how much each matters to this document, best
 * first: the kind of fact, how specific its answer is (an everyday word
 * is easy to guess), whether it is the document's own subject, where it
 * stands, whether its sentence is only thanks or greetings, and how many
 * cards before it already ask for the same answer. Deterministic: ties go
 * to the earlier card.
 */
export function rankBySalience<T extends GeneratedCard>(cards: readonly T[], document: DocumentFacts): Ranking<T> {
  const subject = subjectOf(document);
  // Counted as the same fact however it is spelt ("Kitāb al-Manāẓir" and "Kitab al-Manazir"), as repeats are below.
  const mentionsOfFact = new Map<string, number>();
  for (const [answer, count] of document.mentions) mentionsOfFact.set(factKey(answer), (mentionsOfFact.get(factKey(answer)) ?? 0) + count);
  const scored = cards.map((card) => ({ card, answer: factKey(card.answer), score: baseScore(card, document, subject, mentionsOfFact.get(factKey(card.answer)) ?? 1) }));
  scored.sort(byScore);
  const repeats = new Map<string, number>();
  for (const entry of scored) {
    const before = repeats.get(entry.answer) ?? 0;
    repeats.set(entry.answer, before + 1);
    entry.score *= REPEAT_FACTOR ** before;
  }
  scored.sort(byScore);
  const heldBack = new Set(scored.filter(({ card, score }) => score < SLIGHT_SCORE || (card.factType !== 'alias' && subject.isSetting(card.answer)) || CHATTER.test(card.source.exact)).map(({ card }) => card));
  // The held back go last, in their own order: the default deck leaves them out; More cards reaches them.
  const ranked = [...scored.filter(({ card }) => !heldBack.has(card)), ...scored.filter(({ card }) => heldBack.has(card))].map(({ card }) => card);
  return { ranked, heldBack, scores: new Map(scored.map(({ card, score }) => [card, score])) };
}

/** A deck in rank order, best first, and the cards too easy to guess to be in the default deck (the setting, thanks). */
export interface Ranking<T> {
  ranked: T[];
  /** Too easy to guess (the setting, thanks) or too slight (a score under SLIGHT_SCORE) for the default deck. */
  heldBack: ReadonlySet<T>;
  /** Each card's salience, repeats counted: what the ranking sorted by. */
  scores: ReadonlyMap<T, number>;
}

function byScore(a: { card: GeneratedCard; score: number }, b: { card: GeneratedCard; score: number }): number {
  return b.score - a.score || a.card.source.start - b.card.source.start || (a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0);
}

/** The card's weight on its own, before repeats are counted. */
function baseScore(card: GeneratedCard, document: DocumentFacts, subject: Subject, mentions: number): number {
  const answer = comparable(card.answer);
  let score = KIND_WEIGHT[card.factType] * (card.type === 'qa' ? 1.1 : 1);
  score *= specificity(answer, card.factType);
  // Another name for the subject is what a reader of it must learn ("Ibn al-Haytham (latinized [Alhazen])").
  if (card.factType !== 'alias' && subject.isSubject(answer)) score *= SUBJECT_FACTOR;
  if (mentions >= CENTRAL_MENTIONS.from && mentions <= CENTRAL_MENTIONS.to) score *= CENTRAL_MENTIONS.factor;
  if (document.hostAt?.(card.source.start)) score *= HOST_FACTOR;
  if (!document.transcript && SCHOLARS_DEBATE.test(card.source.exact)) score *= DEBATE_FACTOR;
  const slope = document.transcript ? TRANSCRIPT_POSITION_SLOPE : PROSE_POSITION_SLOPE;
  score *= 1 - slope * (card.source.start / Math.max(1, document.length));
  return score;
}

/**
 * How hard the answer is to guess, from LEAST_SPECIFIC to 1: its rarest
 * word's place in everyday English. Numbers (but a few minutes or
 * seconds), dates (but centuries) and what a speaker said are specific by nature.
 */
export function specificity(answer: string, factType: FactType): number {
  // "Not two minutes had passed", "for more than ten seconds": a span of moments sets a story's pace; it is seldom a fact to keep.
  if (factType === 'number') return MOMENTS.test(answer) ? MOMENT_SPECIFICITY : 1;
  // "the twelfth century": a century places a fact more loosely than its year does.
  // "a 21st century economy": the present century is a catchword, not a date to learn.
  if (factType === 'date') return PRESENT_CENTURY.test(answer) ? LEAST_SPECIFIC : /\bcentury\b/iu.test(answer) ? CENTURY_SPECIFICITY : 1;
  if (factType === 'statement') return 1;
  const words = answer.split(/[\s-]+/u).filter((word) => /\p{L}/u.test(word) && !STOP_WORDS.has(word));
  if (words.length === 0) return LEAST_SPECIFIC;
  let rarest = 0;
  for (const word of words) rarest = Math.max(rarest, everydayRank(word) ?? RARE_RANK);
  return Math.min(1, Math.max(LEAST_SPECIFIC, Math.log10(rarest + 1) / Math.log10(RARE_RANK)));
}
