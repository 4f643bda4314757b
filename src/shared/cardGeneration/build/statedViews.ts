import type { Sentence } from '../nlp/token';
import { speakerInSentence } from './attribution';
import { cardId, groupKey } from './cardId';
import { collapseSpaces, countWords } from './normalise';
import { inThirdPerson } from './thirdPerson';
import type { DraftCard } from './sentenceCards';

/**
 * A speaker's view in the shape "the biggest challenge with virtual is
 * that you can't get the hallway track": a question about the thing named
 * ("What, according to Priyanka Sharma, is the biggest challenge with
 * virtual?") and what was said of it. This is how an interviewee states a
 * position without naming anything an entity card could ask for, and it
 * is most of what a careful listener keeps from a conversation.
 */

/** Nouns that name what a view is about: a challenge, a priority, a lesson. */
const VIEW_NOUNS =
  'challenges?|problems?|issues?|priorit(?:y|ies)|goals?|aims?|differences?|reasons?|lessons?|advantages?|benefits?|risks?|points?|keys?|secrets?|focus|concerns?|takeaways?|messages?|hopes?|worr(?:y|ies)|solutions?|strategy|purpose|tricks?|truth|reality|bottom line|mistakes?|thing|part';
/**
 * Words that say which one: "the biggest challenge", "the main lesson",
 * "the most important thing". "The other thing", "the fun thing" say only
 * that there is one: they need words after the noun ("the other thing about
 * having a spec").
 */
const QUALIFIERS = '(?:(?:\\p{L}+est|main|key|real|most \\p{L}+|only|first|important|hard|tricky)\\s+)';
const SPECIFIC = new RegExp(`^${QUALIFIERS}+$`, 'u');
/** Any adjective may stand before the noun; only QUALIFIERS make it specific enough alone. */
const ANY_ADJECTIVES = '(?:(?!(?:the|an?|of|to|and|or|is|was|that|this|we|you|it|they|he|she)\\s)\\p{Ll}+\\s+){0,2}';
const VIEW = new RegExp(
  String.raw`(?:^|[\s"“(])((?:[Tt]he|[Mm]y|[Oo]ur|[Oo]ne of (?:the|my|our))\s+(${QUALIFIERS}*|${ANY_ADJECTIVES})(${VIEW_NOUNS})((?:\s+(?:with|of|for|about|in|at|that I|that we|I|we)\b[^,;:.!?"“”–—]{1,50}?)?))\s+(is|was|has been|will be|remains)\s+(?:that\s+|just\s+)?([^]+)$`,
  'u',
);
/**
 * What someone says they noticed, learned or want: "what I have noticed,
 * at least this time around, is that …", "what we learned from the pilot
 * was …". The verb's forms for the question: "has she noticed", "did she
 * learn", "does she want".
 */
const WH_CLEFT = /(?:^|[\s"“(,])[Ww]hat (I|we)(?: (have|['’]ve|had|['’]d|really|also|always|actually))? (noticed|learned|learnt|found|realized|realised|discovered|love|like|mean|want|hope|think)\b([^;:.!?"“”]{0,60}?)\s+(is|was|has been)\s+(?:that\s+|just\s+)?([^]+)$/u;
const BASE_FORMS: Record<string, string> = { noticed: 'notice', learned: 'learn', learnt: 'learn', found: 'find', realized: 'realize', realised: 'realise', discovered: 'discover' };
/**
 * An answer that says nothing away from the talk: one about "that" ("that
 * caused a number of issues", "it takes all of that away"), "a lot from
 * it", or a numbered point read out ("1) again, …"). "it" alone is the
 * thing the question names ("the main reason … is that it keeps changing").
 */
const VAGUE_ANSWER = /^(?:that|this|those|these)\s+(?!is\b|was\b)\p{Ll}+(?:s|ed)\b|^(?:a lot|lots|so much)\b|^\(?\d\)|^[^,;]{0,40}\ball of (?:that|this)\b/iu;
/** A hedge said inside the phrase: "the problem I don't think is …", "the issue I think is …". */
const HEDGE_INSIDE = /^(?:that )?(?:I|we) (?:(?:do not|don['’]t|didn['’]t) )?(?:think|believe|guess|suppose|feel)$/iu;
const MIN_ANSWER_WORDS = 3;
const MAX_ANSWER_WORDS = 35;

/** The card of a view stated in a speaker's sentence, or null when the sentence states none. */
export function statedViewCard(text: string, sentence: Sentence, speaker: string | null): DraftCard | null {
  const who = speaker ? speakerInSentence(speaker) : null;
  if (!who) return null;
  const said = collapseSpaces(sentence.text);
  if (said.endsWith('?') || said.includes(' -- ') || said.includes('— —')) return null;
  const view = namedView(said, who) ?? clefted(said, who);
  if (!view) return null;
  // "what I hope is going to be a national dialogue": "is" was "going to"'s, and the answer has lost its subject.
  if (/^(?:going to|gonna)\b/iu.test(view.rest)) return null;
  const answer = tidyAnswer(view.rest);
  const words = countWords(answer);
  if (words < MIN_ANSWER_WORDS || words > MAX_ANSWER_WORDS || VAGUE_ANSWER.test(answer)) return null;
  const { prompt } = view;
  const source = { exact: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
  return { id: cardId('qa', prompt, answer, source), type: 'qa', prompt, answer, factType: 'statement', group: groupKey(sentence.text), source, answerStart: source.start };
}

/** A view named by its noun ("the biggest challenge with virtual is …"): the question, and the words after "is". */
function namedView(said: string, who: string): { prompt: string; rest: string } | null {
  const match = VIEW.exec(said);
  if (!match) return null;
  const [, phrase, qualifiers, noun, complement, verb, rest] = match as unknown as [string, string, string, string, string, string, string];
  // "the interesting thing for me": for whom says nothing of what the view is about.
  // "the first thing I'm gonna say": what the speaker is about to say names no topic either.
  // "the only thing that I've said": what the speaker has said names no topic either.
  const about = /^(?:for|to) (?:me|us)$|^(?:that )?(?:I|we)(?:['’]m gonna| am going to| want to| wanna|['’]d| would| will| can| could|['’]ve| have| had)? (?:say|said|mention|mentioned|add|point out|pointed out)$/iu.test(complement.trim()) ? '' : complement.trim();
  // "the first thing" is where a speaker starts, not which thing: only a judgement ("the most important thing") picks one out.
  const specific = SPECIFIC.test(qualifiers) && !(/^(?:thing|part|point)$/u.test(noun) && /^(?:first|only)\s+$/u.test(qualifiers));
  // "our goal is …", "the thing is …", "the other thing is …": a view of what, the card could not say.
  if (!specific && about === '' && !/^one of/iu.test(phrase)) return null;
  // "the funny part about that": what "that" is, the card could not say; " - " is a restart, not the phrase going on.
  if (/\b(?:that|this|it|those|these)$/iu.test(complement.trim()) || complement.includes(' - ')) return null;
  // "the problem I don't think is …": a hedge inside the phrase, not what it is about;
  // "the thing that they want to make sure that they want to work to do": talk that restarts, not a phrase.
  if (HEDGE_INSIDE.test(complement.trim()) || (complement.match(/\bthat\b/gu) ?? []).length > 1) return null;
  return { prompt: questionAbout(inThirdPerson(phrase, who), verb, who), rest };
}

/** What someone noticed or wants ("what I have noticed … is that …"): the question, and the words after "is". */
function clefted(said: string, who: string): { prompt: string; rest: string } | null {
  const match = WH_CLEFT.exec(said);
  if (!match) return null;
  const [, person, auxiliary = '', verb, tail, , rest] = match as unknown as [string, string, string | undefined, string, string, string, string];
  // "what we think is …" is the speaker's team's; "what I mean is …", "what I think is …" are fillers before the point.
  if (verb === 'mean' || verb === 'think') return null;
  const perfect = /^(?:have|['’]ve|had|['’]d)$/u.test(auxiliary);
  const base = BASE_FORMS[verb];
  const tailInThirdPerson = inThirdPerson(tail.replace(/,\s*$/u, ''), who);
  if (person === 'we') {
    // "we" is the speaker's side (an administration, a team): asked as theirs, on the speaker's word.
    const asked = perfect ? `have they ${verb}` : base ? `did they ${base}` : `do they ${verb}`;
    return { prompt: `What, according to ${who}, ${asked}${tailInThirdPerson}?`, rest };
  }
  const asked = perfect ? `has ${who} ${verb}` : base ? `did ${who} ${base}` : `does ${who} ${verb}`;
  return { prompt: `What ${asked}${tailInThirdPerson}?`, rest };
}

/** "What, according to Priyanka Sharma, is the biggest challenge with virtual?"; "What has been one of Priyanka Sharma's priorities?" when the phrase names her already. */
function questionAbout(phrase: string, verb: string, who: string): string {
  return phrase.includes(who) ? `What ${verb} ${phrase}?` : `What, according to ${who}, ${verb} ${phrase}?`;
}

/** What was said of the thing, word for word as the source has it (so it can be found there): no dash before it, no "I think" after it. */
function tidyAnswer(rest: string): string {
  return rest.replace(/^[\s,–—-]+/u, '').replace(/,?\s+I (?:think|guess|believe|would say)[.!]?$/u, '').trim();
}
