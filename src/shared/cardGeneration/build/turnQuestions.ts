import type { Sentence } from '../nlp/token';
import type { TurnSpan } from '../text/turns';
import { speakerInSentence } from './attribution';
import { cardId, groupKey } from './cardId';
import { collapseSpaces, countWords, opensQuote } from './normalise';
import type { DraftCard } from './sentenceCards';

/**
 * Question/answer cards from an interview's exchanges: the interviewer's
 * question as the prompt, attributed ("Asked “…?”, what did Mr. Sullivan
 * answer?"), and the key sentence of the answer as what to recall. What an
 * analyst wants to keep from an interview is the stated position, which
 * entity clozes never ask for. The key sentence is the answer's first that
 * says something: fillers ("Thank you.", "Look, …" alone), sentences too
 * short to hold a claim and ones too long to recall are passed over.
 */

/** A question longer than this is cut to its last words ("… can you update us?"). */
const MAX_QUESTION_WORDS = 30;
/** A shorter question ("How does that stand?", "Are you again?") leans on what came before: no card stands on it. */
const MIN_QUESTION_WORDS = 6;
/** An answer's key sentence holds a claim: long enough to say something, short enough to recall. */
const MIN_ANSWER_WORDS = 7;
const MAX_ANSWER_WORDS = 45;
/** How far into an answer its key sentence may be (an answer that wanders off says its point early). */
const MAX_SENTENCES_LOOKED_AT = 4;

/** Openings that hold no claim of their own. */
const FILLER = /^(?:thank you|thanks|great question|good question|good morning|good afternoon|hi|hello|sure|yes|yeah|no|okay|ok|well|look|so|right|absolutely|of course)\b[\s,.!—–-]*$/iu;
/** Talk about the exchange itself ("thank you for the question", "I'd be happy to talk about that") rather than its subject, or a hedge before it ("it depends on the use case"). */
const META_TALK =
  /\b(?:thank(?:s| you)|for the question|great question|good question|(?:happy|glad) to (?:talk|answer|speak|chat|discuss|share))\b|\bit (?:really |all |just )?depends\b|\byou(?:['’]ve| have)? (?:make|made|raise[ds]?|ask(?:ed)?) (?:a |the )?(?:(?:very |really )?(?:great|good|fair|important|excellent|right|terrific|legitimate) )(?:point|question|one)\b|\b(?:that|it)['’]?s (?:a )?(?:very |really )?(?:great|good|fair|important|excellent|terrific|legitimate) (?:point|question)\b/iu;
/** A sentence that starts mid-thought ("— that I wouldn't …", "and then …") was cut from a longer one. */
const STARTS_WHOLE = /^[\p{Lu}\p{N}"“‘']/u;
/**
 * A question that leans on what was said before it: one that goes on from
 * it ("And what changes …?"), asks about a bare "that" or "it" ("Is that due
 * to …?", "Could you say more about that?"), or is only a phrase ("Despite
 * everything they say publicly?").
 * Alone on a card it asks nothing; the sentence before it, if the asker
 * said one, gives it its subject.
 */
const LEANS_ON_CONTEXT = [
  /^(?:and|but|or|so|also|plus)\b/iu,
  /^(?:is|was|are|were|does|did|do|has|have|had|can|could|will|would|should)\s+(?:that|this|it|they|these|those)\b/iu,
  /\b(?:on|about|of|to|with|by|from) (?:that|this|it|those|these|them)[\s.?!]*$/iu,
];
const PHRASE_ONLY = /^(?:despite|with|for|about|on|in|after|before|because|given|regarding|even)\b/iu;
const PHRASE_MAX_WORDS = 8;
/**
 * An answer sentence that sets the scene ("as you know, …"), goes on from
 * another part of a question ("on the second issue …") or from someone
 * already named ("And she was able …"), or restarts in its first words
 * ("Well, the -- I've seen …") is not its point.
 */
const NOT_THE_POINT = /\b(?:is|was) (?:very |pretty |quite |really |actually )?(?:simple|easy|straightforward|interesting|complicated|a long story)[.!]?$|\bas (?:you|we) (?:all )?(?:know|may know|can imagine)\b|\b(?:first|second|third|last|other) (?:issue|question|point|part)\b|^(?:but|or)\b|^and\b(?:\W+\w+){0,4}?\W+(?:that|this|it|those|these|so|he|she|they)\b|^(?:\w+\W+){0,3}\w+\s+--\s/iu;
/** A sentence that declines to answer ("I'm not in a position to …", "that's not something I can speak to"): the answer, if any, comes after it. */
const DEFLECTION = /\bI['’]m not sure\b|\bI (?:still )?don['’]t (?:really )?(?:know|have a good answer)\b|\bbeen asked that\b|\bnot (?:been )?in a (?:position|place) to\b|\b(?:can(?:not|['’]t)|won['’]t|will not|not going to) (?:speak|comment|get ahead|go into|get into)\b|\bnot something (?:i|we) (?:can|will|would)\b|\bdon['’]t want to be too (?:specific|detailed)\b|\bdetails are still coming in\b|\byou['’]re assuming\b/iu;

/** A question asked as a statement: "I wonder …", "I wanted to ask about …", "Can you talk about …". */
const INDIRECT_QUESTION = /\b(?:I (?:just )?wonder(?:ed)?|I want(?:ed)? to ask|I(?:'d| would) like to ask|(?:can|could) you (?:talk|speak|tell us|say|walk us|give us|update us)|tell us (?:about|what|how|why|whether))\b/iu;
/** A sentence broken off ("I didn't really say it was a--"). */
const CUT_OFF = /(?:--|[—–-])$/u;
/** A reply that opens on what was just said ("That would …", "It's …") or ends on it ("there were a few incarnations of that")… */
const LEANS_BACK = /^(?:that|this|it)\b|\b(?:that|this|those|these)[.!]?$/iu;
/** …says something alone only when this long. */
const MIN_STANDALONE_WORDS = 12;


/** Whether a question needs what was said before it to mean anything (see LEANS_ON_CONTEXT). */
export function leansOnContext(question: string): boolean {
  const text = collapseSpaces(question).replace(/^[\s"“‘'—–-]+/u, '');
  return LEANS_ON_CONTEXT.some((pattern) => pattern.test(text)) || (PHRASE_ONLY.test(text) && countWords(text) <= PHRASE_MAX_WORDS) || pointsBack(text);
}

/** "Can you unpack that for me?", "How did this come to be?", "What does that change look like?": short, about "that", naming nothing. */
function pointsBack(question: string): boolean {
  const words = question.split(' ');
  return words.length <= POINTING_MAX_WORDS && /\b(?:this|that|these|those|it)\b/iu.test(question) && !/\d/u.test(question) && !words.slice(1).some((word) => /^\p{Lu}/u.test(word) && word !== 'I');
}
const POINTING_MAX_WORDS = 10;
/** A tag that asks for a nod, not an answer: "…, right?", "…, isn't it?". */
const TAG_QUESTION = /,\s*(?:right|no|yeah|yes|correct|okay|ok|huh|isn['’]t (?:it|that)|aren['’]t (?:they|you|we)|don['’]t (?:you|they|we)|doesn['’]t it|wasn['’]t it)\?["”]?$/iu;

/**
 * The question an asker's turn ends on: its last sentence with a question
 * mark, its last words if long. One that leans on what came before takes
 * the asker's sentence before it along, or makes no card when there is none
 * or the two are too long to quote.
 */
function questionOf(sentences: readonly Sentence[]): string | null {
  // "…, it can't be synchronous, right?" asks for a nod: the turn's real question is another.
  let index = sentences.findLastIndex((sentence) => sentence.text.trim().endsWith('?') && !TAG_QUESTION.test(sentence.text.trim()));
  // "I wonder what you hope to glean from those discussions.": a question asked without a question mark.
  if (index < 0) index = sentences.findLastIndex((sentence) => INDIRECT_QUESTION.test(sentence.text));
  if (index < 0) return null;
  const asked = collapseSpaces(sentences[index]!.text);
  // 'I said "Why don't you keep it?', 'we ask people "What kind of open source is this?': a question quoted, not asked.
  if (opensQuote(asked)) return null;
  if (countWords(asked) < MIN_QUESTION_WORDS && !leansOnContext(asked)) return null;
  if (leansOnContext(asked)) {
    const before = sentences[index - 1];
    if (!before) return null;
    const both = `${collapseSpaces(before.text)} ${asked}`;
    return countWords(both) <= MAX_QUESTION_WORDS && !leansOnContext(before.text) ? both : null;
  }
  return fitted(asked);
}

/** A question no longer than MAX_QUESTION_WORDS: a long one is cut to its last words. */
function fitted(question: string): string {
  const words = question.split(' ');
  return words.length <= MAX_QUESTION_WORDS ? question : `… ${words.slice(-MAX_QUESTION_WORDS).join(' ')}`;
}

/** The answer's key sentence (see above), or null when its opening holds none. */
function keySentenceOf(sentences: readonly Sentence[]): Sentence | null {
  for (const sentence of sentences.slice(0, MAX_SENTENCES_LOOKED_AT)) {
    const text = collapseSpaces(sentence.text);
    if (text.endsWith('?') || FILLER.test(text) || META_TALK.test(text) || !STARTS_WHOLE.test(text) || NOT_THE_POINT.test(text) || DEFLECTION.test(text) || CUT_OFF.test(text)) continue;
    const words = countWords(text);
    // "That would be another one I would do.": a short reply about "that" says nothing away from the question.
    if (words < MIN_STANDALONE_WORDS && LEANS_BACK.test(text)) continue;
    if (words >= MIN_ANSWER_WORDS && words <= MAX_ANSWER_WORDS) return sentence;
  }
  return null;
}

/** The sentences inside a turn, in order. */
function sentencesIn(span: TurnSpan, sentences: readonly Sentence[]): Sentence[] {
  return sentences.filter((sentence) => sentence.start >= span.start && sentence.end <= span.end);
}

/** One card per exchange: an asker's turn followed by an answer from someone who does not ask. */
export function turnQuestionCards(text: string, spans: readonly TurnSpan[], sentences: readonly Sentence[]): DraftCard[] {
  const cards: DraftCard[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const asking = spans[i]!;
    const answering = spans[i + 1]!;
    if (!asking.asks || answering.asks) continue;
    const question = questionOf(sentencesIn(asking, sentences));
    const key = keySentenceOf(sentencesIn(answering, sentences));
    if (!question || !key) continue;
    const source = { exact: text.slice(key.start, key.end), start: key.start, end: key.end };
    const answer = collapseSpaces(key.text);
    const who = speakerInSentence(answering.speaker) ?? 'the speaker';
    const prompt = `Asked “${question}”, what did ${who} answer?`;
    cards.push({ id: cardId('qa', prompt, answer, source), type: 'qa', prompt, answer, factType: 'statement', group: groupKey(key.text), source, answerStart: key.start });
  }
  return cards;
}
