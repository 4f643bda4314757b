import type { Sentence } from '../nlp/token';
import { collapseSpaces, countWords } from './normalise';

/**
 * The sentence a card needs in front of its own, when its own opens on a
 * word that points back: "They have gone up [...] faster than your wages"
 * says nothing of what went up until "Premiums have doubled." stands
 * before it. Only for a short sentence (a long one says enough of its own),
 * only the sentence just before, in the same paragraph, and only a short one
 * that needs none before it in turn: a card is read at a glance.
 */

/** Words that, opening a sentence before its verb, stand for something said before. */
const POINTS_BACK = new Set(['it', 'they', 'this', 'that', 'these', 'those']);
/** "It was China that blocked it", "It's hard to say": an "it" that stands for what follows, not for what went before. */
const DUMMY_IT = /^it(?:['’]s| is| was| isn['’]t| wasn['’]t| will be| would be| has been| had been)\b.*?\b(?:that|who|to)\b/iu;
/** A longer sentence says enough of its own for its pointer to be a detail ("It will bring together leaders of the G7 and …"). */
const MAX_POINTING_WORDS = 20;
/** In talk, "he" and "she" point back too; in an article they are most often its subject, named in its title. */
const POINTS_BACK_IN_TALK = new Set(['he', 'she']);
/** The sentence before must be short enough to read with the card's own at a glance. */
const MAX_LEAD_LENGTH = 220;
/** A sentence before that is itself only a question or a filler gives no referent. */
const NO_REFERENT = /\?\s*$|^(?:yes|yeah|no|okay|ok|right|sure|well|so|thank you|thanks)\b[\s,.!]*$/iu;

/** Whether a sentence opens on a word standing for something said before ("They have gone up …", "It was China …"). */
export function pointsBack(sentence: Sentence, inTalk: boolean): boolean {
  const [first, second] = sentence.tokens;
  if (!first || !second) return false;
  const word = first.lower.split(/['’]/u)[0]!;
  if (!POINTS_BACK.has(word) && !(inTalk && POINTS_BACK_IN_TALK.has(word))) return false;
  if (word === 'it' && DUMMY_IT.test(sentence.text)) return false;
  // "It's", "They've": a contraction is the verb; otherwise the next word must be one ("That deal was …" names its own referent).
  return first.lower.includes("'") || first.lower.includes('’') || second.pos === 'VERB' || second.pos === 'AUX';
}

/**
 * The text of the sentence to put before `sentence` on its cards, or null:
 * when it points back, the sentence just before it, if that one is in the
 * same paragraph of the text (nothing but spaces and a single line break
 * between them) and short.
 */
export function leadSentence(text: string, previous: Sentence | null, sentence: Sentence, inTalk: boolean): string | null {
  if (!previous || !pointsBack(sentence, inTalk) || countWords(sentence.text) > MAX_POINTING_WORDS) return null;
  // A sentence before that points back in turn ("He’ll co-host it …") would need its own before it.
  if (pointsBack(previous, inTalk)) return null;
  if (/\n\s*\n/u.test(text.slice(previous.end, sentence.start))) return null;
  const lead = collapseSpaces(previous.text);
  return lead.length > MAX_LEAD_LENGTH || NO_REFERENT.test(lead) ? null : lead;
}
