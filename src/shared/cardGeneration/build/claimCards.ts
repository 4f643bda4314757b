import type { SentenceFacts } from '../extract/facts';
import { STOP_WORDS } from '../lexicon/words';
import type { Sentence, Token } from '../nlp/token';
import { speakerInSentence } from './attribution';
import { cardId, groupKey } from './cardId';
import { collapseSpaces, comparable, countWords } from './normalise';
import type { CardSource } from '../types';
import type { DraftCard } from './sentenceCards';

/**
 * A speaker's stated position, as a question/answer card: "What did Mr.
 * Sullivan say about Hamas?" → the sentence. An analyst keeps an
 * interview for what was claimed, and entity clozes never ask for it. Only
 * sentences that mark a position (a belief, a goal, a judgement, a
 * commitment or a refusal) and name something to ask about qualify.
 */

/** Words that mark a sentence as a stated position rather than narration ("I know I saw Dan join" is narration; "we know" is the side's position). */
const POSITION =
  /\b(?:we|i) (?:believe|think|expect|want|hope|are confident|am confident|support|oppose|welcome|reject)\b|\bwe know\b|\b(?:our|the) (?:goal|aim|view|position|priority|focus|message|hope|concern) (?:here )?(?:is|was|remains)\b|\bis (?:not )?(?:correct|true|false|wrong|right)\b|\b(?:largest|biggest|most important|first-ever|for the first time|more \w+ than ever|never|must|have to|has to|need to|needs to|cannot|will not|won['’]t|will continue|will be (?:signing|announcing|launching|hosting|releasing|unveiling|delivering|providing)|will (?:sign|announce|launch|host|release|unveil|deliver|provide))\b/iu;
/** A sentence that starts mid-thought ("— that …", "and then …") was cut from a longer one. */
const STARTS_WHOLE = /^[\p{Lu}\p{N}"“‘']/u;
/** …and one that trails off ("— —", "…") was cut short; one with a restart (" -- ") is two half-thoughts. */
const ENDS_WHOLE = /[.!"”’]$/u;
const MIN_WORDS = 8;
/** A claim shorter than this whose subject is "it", "that" or "this" leans on what came before. */
const SHORT_CLAIM_WORDS = 14;
const ABOUT_IT = /^(?:\p{L}+,\s+)?(?:(?:and|but|so)\s+)?(?:(?:I|we)\s+(?:think|believe|know|hope)\s+(?:that\s+)?)?(?:it|that|this)\b(?:['’]s|\s+(?:is|was|should|would|will|must|has|had|can|could))\b/iu;
const MAX_WORDS = 40;
/** A claim whose subject is someone unnamed ("He has …", "She said …"). */
const OPENS_ON_SOMEONE = /^(?:\p{L}+,\s+)?(?:(?:and|but|so)\s+)?(?:he|she)\b/iu;
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'the north', 'the south', 'the east', 'the west']);
/** What a position may be about: a named thing, not a date or a number. */
const TOPIC_TYPES = new Set(['person', 'organisation', 'place', 'event', 'name', 'acronym', 'venue']);


/** A stated position before its topic is chosen: the things it names, in the sentence's order of importance. */
export interface ClaimDraft {
  who: string;
  said: string;
  topics: string[];
  source: CardSource;
  group: string;
}

/** The claim of one sentence in a speaker's turn, or null when it states no position or names nothing to ask about. */
export function findClaim(text: string, sentence: Sentence, facts: SentenceFacts, speaker: string | null): ClaimDraft | null {
  const who = speaker ? speakerInSentence(speaker) : null;
  if (!who) return null;
  const said = collapseSpaces(sentence.text);
  const words = countWords(said);
  if (said.endsWith('?') || !STARTS_WHOLE.test(said) || !ENDS_WHOLE.test(said) || said.includes('— —') || said.includes(' -- ') || words < MIN_WORDS || words > MAX_WORDS || !POSITION.test(said)) return null;
  // "Personally, I think it should be in Core.": a short claim about "it" says what, only beside the sentence before.
  if (words < SHORT_CLAIM_WORDS && ABOUT_IT.test(said)) return null;
  // "I cannot comment on that, but …": a refusal to say is no position.
  if (/\b(?:can(?:not|['’]t)|won['’]t|will not) comment\b/iu.test(said)) return null;
  const speakerWords = new Set(comparable(who).split(' ').filter((word) => !STOP_WORDS.has(word)));
  // "He has consolidated power as no one has since Deng Xiaoping": a claim about "he" is not about the person (or name of unknown kind) it names.
  const aboutSomeoneElse = OPENS_ON_SOMEONE.test(said);
  const topics = [...facts.mentions]
    .filter((mention) => TOPIC_TYPES.has(mention.factType) && !(aboutSomeoneElse && (mention.factType === 'person' || mention.factType === 'name')))
    .map((mention) => topicOf(text, sentence, mention.start, mention.end))
    .filter((name) => !comparable(name).split(' ').some((word) => speakerWords.has(word)))
    // "a little bit South of Amsterdam": a compass word is where, not what.
    .filter((name) => !COMPASS_WORDS.has(name.toLowerCase()))
    // "I want A, and B is the thing that …": letters standing for things are nothing to ask about ("C", the language, alone is).
    .filter((name) => !(/^(?:the )?\p{Lu}$/u.test(name) && sentence.tokens.filter((token) => /^\p{Lu}$/u.test(token.text) && token.text !== 'I').length > 1));
  if (topics.length === 0) return null;
  return { who, said, topics, source: { exact: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end }, group: groupKey(sentence.text) };
}

/**
 * The claim as a card about the first thing it names that is not the
 * document's subject or setting: in a briefing on the G7, "What did he say
 * about the G7?" fits every sentence of it, so "the European Union" in the
 * same sentence is the better topic. A claim that names only the subject
 * is too vague to ask about, and makes no card.
 */
export function claimCardAbout(claim: ClaimDraft, isSubject: (answer: string) => boolean): DraftCard | null {
  const topic = claim.topics.find((name) => !isSubject(name.replace(/^the /u, '')));
  if (!topic) return null;
  const prompt = `What did ${claim.who} say about ${topic}?`;
  return { id: cardId('qa', prompt, claim.said, claim.source), type: 'qa', prompt, answer: claim.said, factType: 'statement', group: claim.group, source: claim.source, answerStart: claim.source.start };
}

/** The named thing with the article the text gives it: "the G7", "the Inflation Reduction Act". */
function topicOf(text: string, sentence: Sentence, start: number, end: number): string {
  let name = collapseSpaces(text.slice(start, end));
  // "the web authentication API", not "API": a bare abbreviation takes the words that say which one it is,
  // adjectives and nouns only ("write HTML" is a verb's object, "really IO" an adverb's).
  if (/^\p{Lu}{2,6}s?$/u.test(name)) {
    const at = sentence.tokens.findIndex((token) => token.start === start);
    const kept: Token[] = [];
    for (let i = at - 1; i >= 0 && kept.length < 2 && isModifier(sentence.tokens[i]!); i--) kept.unshift(sentence.tokens[i]!);
    if (kept.length > 0 && at > 0) {
      start = kept[0]!.start;
      name = `${kept.map((token) => token.text).join(' ')} ${name}`;
    }
  }
  // Only "the" is kept: "run a Eleventy" is about Eleventy, not "the Eleventy".
  return /\bthe\s+$/iu.test(text.slice(Math.max(0, start - 4), start)) ? `the ${name}` : name;
}

/** A lower-case adjective or noun of three letters or more, not a stop word: a word that says which. */
function isModifier(token: Token): boolean {
  return (token.pos === 'ADJ' || token.pos === 'NOUN') && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(token.text) && !STOP_WORDS.has(token.lower) && !token.lower.endsWith('ly') && !WHEN_NOUNS.has(token.lower);
}

/** Nouns of when, which end a phrase of time before a name ("at some point AWS had …"), never say which one. */
const WHEN_NOUNS = new Set(['point', 'time', 'times', 'moment', 'day', 'days', 'week', 'year', 'years', 'stage', 'end', 'today', 'now']);
