import type { Sentence } from '../nlp/token';
import { attributed, speakerInSentence } from './attribution';
import { BLANK } from './blankWord';
import { cardId, groupKey } from './cardId';
import { collapseSpaces, countWords } from './normalise';
import type { DraftCard } from './sentenceCards';

/**
 * What a speaker says their side believes, found, wants or rules out, as a
 * cloze of the whole clause: "Senior administration official: In our
 * review of what caused SolarWinds, we saw [...] (finding)." → "significant
 * gaps in modernization …". Such a position names nothing an entity card
 * could blank, and it is what an analyst keeps from a briefing. A cloze, not
 * a question: "What does the official say they believe?" would be the same
 * question for every such sentence, where the sentence before the blank
 * says which. "I think …" is left alone: speakers say it of everything.
 */

/** "we saw", "I believe that", "we want to", "we're not looking at", with the kind of position each states. */
const POSITION = new RegExp(
  String.raw`(?:^|[\s,;:—–(])(?:(I|[Ww]e)\s+(?:(?:really|also|still|strongly|firmly|absolutely|certainly|clearly)\s+)?(believe|saw|found|learned|concluded|identified|discovered|determined)|([Ww]e)\s+(?:(?:really|also|still|absolutely|certainly|clearly)\s+)?(want|intend|plan|aim|need)|([Ww]e)(?:['’]re| are)\s+(not\s+)?(looking at|seeking|planning to|committed to))\s+(?:that\s+)?(?=\p{Ll})`,
  'u',
);
const FINDINGS = new Set(['saw', 'found', 'learned', 'concluded', 'identified', 'discovered', 'determined']);
/** What may stand before "we": nothing, a stop, or a word that joins sentences ("And we saw …", "In our review, we saw …"). */
const OPENS_CLAUSE = /(?:^|[,;:(]|\b(?:[Aa]nd|[Bb]ut|[Ss]o|[Nn]ow|[Tt]oday|[Aa]lso|[Tt]hen|[Hh]ere|[Ss]till|[Yy]et))$/u;
/** Fillers and trailing-off that mark talk on the fly, not a position stated. */
const FILLER = /\byou know\b|\blike,|,\s*like\b|\bI mean\b|\.\.\.|…/iu;
const MIN_WORDS = 4;
/** Words before "we" that say what the position is about ("In our review of what caused SolarWinds, we saw …"). */
const MIN_CUE_WORDS = 3;
const MAX_CUE_SHARE = 0.6;
const JOINING_WORDS = /\b(?:and|but|so|now|today|also|then|here|still|yet|well)\b/giu;
const MAX_WORDS = 30;


/** The cloze of the position a speaker's sentence states, or null when it states none. */
export function positionCloze(text: string, sentence: Sentence, speaker: string | null): DraftCard | null {
  if (!speaker || !speakerInSentence(speaker) || /\?\s*$/u.test(sentence.text) || sentence.text.includes(' -- ')) return null;
  const match = POSITION.exec(sentence.text);
  if (!match) return null;
  const [, person, stated, , aimed, , negated] = match;
  // "I saw you did this", "I found some people trying …": one's own sight or chance find, unless it is a stated conclusion ("I found that …").
  if (person === 'I' && stated && FINDINGS.has(stated) && !/\bthat\s+$/u.test(match[0])) return null;
  let from = match.index + match[0].length;
  // "what we believe is …", "the thing we need which …", "if we need to …": a clause inside another says no position of its own.
  const before = sentence.text.slice(0, match.index + match[0].search(/\S/u)).trim();
  if (before !== '' && !OPENS_CLAUSE.test(before)) return null;
  // 'they say "Okay, we want …"': a position quoted, someone else's or imagined, is not the speaker's.
  if (isInsideQuote(before)) return null;
  // The clause runs to the sentence's end, without its closing stop (and a closing quote), which the prompt keeps.
  const to = sentence.text.replace(/[\s.!…"”’)]+$/u, '').length;
  const clause = collapseSpaces(sentence.text.slice(from, to));
  const words = countWords(clause);
  // A dash in the clause is a speaker's restart ("the G7 will — the statement will …"), "to, which …" no clause at all,
  // and "we need it because …" wants what the sentence before named.
  if (to <= from || words < MIN_WORDS || words > MAX_WORDS || /[—–]| - |^to\b,?\s*(?:which|and)\b|^(?:it|this|that|them|these|those)\b/u.test(clause)) return null;
  // "a computer that was, like, a real …", "you did this in this little, you know, design", "… print out... But": talk, not a stated position.
  if (FILLER.test(clause)) return null;
  // "We want [...] (aim).": with nothing before the blank but the position's verb, nothing says what the card asks about;
  // the clause's first words say it ("We want to make the federal government [a leader, not a laggard, in cybersecurity]").
  const cueWords = countWords(before.replace(JOINING_WORDS, ' '));
  if (cueWords < MIN_CUE_WORDS) {
    const split = cueSplit(sentence.text.slice(from, to), MIN_CUE_WORDS - cueWords);
    if (split === null) return null;
    from += split;
  }
  const answer = collapseSpaces(sentence.text.slice(from, to));
  if (countWords(answer) < MIN_WORDS) return null;
  const hint = stated ? (FINDINGS.has(stated) ? 'finding' : 'view') : aimed || !negated ? 'aim' : 'ruled out';
  // The sentence before the blank says whose position and about what, as a question could not without repeating it.
  const prompt = attributed(collapseSpaces(`${sentence.text.slice(0, from)}${BLANK} (${hint})${sentence.text.slice(to)}`), sentence, speaker, answer);
  const source = { exact: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
  return { id: cardId('cloze', prompt, answer, source), type: 'cloze', prompt, answer, hint, factType: 'statement', group: groupKey(sentence.text), source, answerStart: sentence.start + from };
}

/** Small words a clause's object opens with: the blank starts at one, so the cue ends on a whole phrase. */
const PHRASE_OPENERS = new Set(['a', 'an', 'the', 'in', 'for', 'on', 'to', 'of', 'with', 'by', 'from', 'about', 'as', 'than', 'not', 'our', 'their', 'its', 'those', 'these', 'this', 'more', 'less']);

/**
 * Where in the clause the blank starts so that `needed` words before it say
 * what the position is about: at a phrase's opening word, in the clause's
 * first three fifths, so the blank still holds much of the position; null if none.
 */
function cueSplit(clause: string, needed: number): number | null {
  const words = [...clause.matchAll(/\S+/gu)];
  for (let i = needed; i <= words.length * MAX_CUE_SHARE; i++) {
    // "the outcome of [the G7 …]" would cut a phrase in two: a split comes after a verb or a noun, not after "of" or "the".
    if (PHRASE_OPENERS.has(words[i]![0].toLowerCase()) && !PHRASE_OPENERS.has(words[i - 1]![0].toLowerCase())) return words[i]!.index;
  }
  return null;
}

/** Whether the words before a point leave a quotation open ('they say "Okay, '). */
function isInsideQuote(before: string): boolean {
  const straight = (before.match(/"/gu) ?? []).length;
  const opened = (before.match(/“/gu) ?? []).length - (before.match(/”/gu) ?? []).length;
  return straight % 2 === 1 || opened > 0;
}
