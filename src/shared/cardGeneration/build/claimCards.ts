import type { SentenceFacts } from '../extract/facts';
import { STOP_WORDS } from '../lexicon/words';
import type { Sentence } from '../nlp/token';
import { speakerInSentence } from './attribution';
import { cardId, groupKey } from './cardId';
import { collapseSpaces, comparable } from './normalise';
import type { DraftCard } from './sentenceCards';

/**
 * A speaker's stated position, as a question/answer card: "What did Mr.
 * Sullivan say about Hamas?" → the sentence. An analyst keeps an
 * interview for what was claimed, and entity clozes never ask for it. Only
 * sentences that mark a position (a belief, a goal, a judgement, a
 * commitment or a refusal) and name something to ask about qualify.
 */

/** Words that mark a sentence as a stated position rather than narration. */
const POSITION =
  /\b(?:we|i) (?:believe|think|expect|want|hope|know|are confident|am confident|support|oppose|welcome|reject)\b|\b(?:our|the) (?:goal|aim|view|position|priority|focus|message|hope|concern) (?:here )?(?:is|was|remains)\b|\bis (?:not )?(?:correct|true|false|wrong|right)\b|\b(?:largest|biggest|most important|first-ever|for the first time|more \w+ than ever|never|must|have to|has to|need to|needs to|cannot|will not|won['’]t|will continue)\b/iu;
/** A sentence that starts mid-thought ("— that …", "and then …") was cut from a longer one. */
const STARTS_WHOLE = /^[\p{Lu}\p{N}"“‘']/u;
/** …and one that trails off ("— —", "…") was cut short. */
const ENDS_WHOLE = /[.!"”’]$/u;
const MIN_WORDS = 8;
const MAX_WORDS = 40;
/** What a position may be about: a named thing, not a date or a number. */
const TOPIC_TYPES = new Set(['person', 'organisation', 'place', 'event', 'name', 'acronym', 'venue']);

const wordCount = (text: string): number => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The claim card of one sentence in a speaker's turn, or null when it states no position or names nothing to ask about. */
export function claimCard(text: string, sentence: Sentence, facts: SentenceFacts, speaker: string | null): DraftCard | null {
  const who = speaker ? speakerInSentence(speaker) : null;
  const said = collapseSpaces(sentence.text);
  const words = wordCount(said);
  if (!who || said.endsWith('?') || !STARTS_WHOLE.test(said) || !ENDS_WHOLE.test(said) || said.includes('— —') || words < MIN_WORDS || words > MAX_WORDS || !POSITION.test(said)) return null;
  const speakerWords = new Set(comparable(who).split(' ').filter((word) => !STOP_WORDS.has(word)));
  const topic = [...facts.mentions]
    .filter((mention) => TOPIC_TYPES.has(mention.factType))
    .map((mention) => topicOf(text, mention.start, mention.end))
    .find((name) => !comparable(name).split(' ').some((word) => speakerWords.has(word)));
  if (!topic) return null;
  const source = { exact: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
  const prompt = `What did ${who} say about ${topic}?`;
  return { id: cardId('qa', prompt, said, source), type: 'qa', prompt, answer: said, factType: 'statement', group: groupKey(sentence.text), source, answerStart: sentence.start };
}

/** The named thing with the article the text gives it: "the G7", "the Inflation Reduction Act". */
function topicOf(text: string, start: number, end: number): string {
  const name = collapseSpaces(text.slice(start, end));
  return /\bthe\s+$/iu.test(text.slice(Math.max(0, start - 4), start)) ? `the ${name}` : name;
}
