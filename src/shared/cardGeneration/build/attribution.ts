import { withoutCredential } from '../../text/speakers';
import type { Sentence } from '../nlp/token';

/**
 * Who "I" is. A first-person sentence from a transcript's turn ("I think
 * the talks will resume in June") is a claim of its speaker's: its cloze
 * says whose, so the card still makes sense away from the transcript.
 */

const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);
/** Labels that name a role, not a person: "A: I was there" says no more with "A:" in front. */
const ANONYMOUS = /^(?:a|answer|q|question|respondent|interviewee|speaker|unknown|unidentified)$/iu;

/** Whether a sentence speaks in the first person ("I’ll", "we’re" included). */
export function isFirstPerson(sentence: Sentence): boolean {
  return sentence.tokens.some((token) => FIRST_PERSON.has(token.lower.split(/['’]/u)[0]!));
}

/**
 * A speaker label as a name in a prompt: one written in capitals, as
 * transcripts print them ("MR. SULLIVAN", "THE VICE PRESIDENT"), in
 * ordinary case ("Mr. Sullivan", "The Vice President"); null for a label
 * that names no one.
 */
export function speakerName(label: string): string | null {
  const name = label.replace(/\s+/gu, ' ').trim();
  if (name === '' || ANONYMOUS.test(name)) return null;
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return name;
  return name.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/** Labels that name a role, not a person: in a sentence they take "the" ("the senior administration official"). */
const ROLE = /\b(?:official|officials|spokesperson|spokesman|spokeswoman|operator|moderator|narrator|host|reporter|participant|representative|officer|adviser|advisor|aide|interpreter|translator|announcer)$/iu;

/**
 * The speaker as a sentence names them: "what did the Vice President
 * answer?" (not "The Vice President"), "the senior administration
 * official" for a role, without a degree after a comma ("Mireille Reece,
 * PsyD") or a transcriber's underscore ("SPEAKER_00"); null for a label
 * that names no one.
 */
export function speakerInSentence(label: string): string | null {
  // "Mireille Reece, PsyD" → "Mireille Reece": a degree after the comma breaks the sentence that names her.
  const name = speakerName(withoutCredential(label).replace(/_/gu, ' '));
  if (!name) return null;
  if (/^the\s/iu.test(name)) return `the ${name.slice(4)}`;
  return ROLE.test(name) ? `the ${name.toLowerCase()}` : name;
}

/** Words of a name that would give an answer away (not its titles and small words). */
function telltaleWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 && !['the', 'and', 'mrs', 'miss'].includes(word));
}

/**
 * The prompt of a first-person cloze with its speaker named in front;
 * unchanged otherwise, and when the name would give the answer away (the
 * speaker's own name or title blanked: "Madam [...] herself" → "Vice
 * President", said by the Vice President).
 */
export function attributed(prompt: string, sentence: Sentence, speaker: string | null, answer = ''): string {
  const name = speaker === null ? null : speakerName(speaker);
  if (name === null || !isFirstPerson(sentence)) return prompt;
  const named = new Set(telltaleWords(name));
  if (telltaleWords(answer).some((word) => named.has(word))) return prompt;
  return `${name}: ${prompt}`;
}
