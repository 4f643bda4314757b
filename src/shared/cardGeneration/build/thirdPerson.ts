/**
 * The speaker's "my", "I" and "me" as their name, and "our", "we" and "us" as "their", "they" and "them":
 * "one of my priorities" → "one of Priyanka Sharma's priorities", "the
 * hardest part for me" → "… for Kris Nova", "the last thing I wanna do" →
 * "… Chris Benson wants to do".
 */
export function inThirdPerson(phrase: string, who: string): string {
  return phrase
    .replace(/^The\b/u, 'the')
    .replace(/^One\b/u, 'one')
    .replace(/\b[Mm]y\b/gu, `${who}'s`)
    // "our first focus": the speaker's side, said from outside it.
    .replace(/\b[Oo]ur\b/gu, 'their')
    // "the thing we wanted to do" → "the thing they wanted to do".
    .replace(/\bwe['’]re\b/gu, 'they are')
    .replace(/\bwe['’]ve\b/gu, 'they have')
    .replace(/\bwe\b/gu, 'they')
    .replace(/\bus\b/gu, 'them')
    .replace(/\bI wanna\b/gu, `${who} wants to`)
    .replace(/\bI gotta\b/gu, `${who} has to`)
    .replace(/\bI['’]m gonna\b/gu, `${who} is going to`)
    .replace(/\bI['’]ve\b/gu, `${who} has`)
    .replace(/\bI['’]m\b|\bI am\b/gu, `${who} is`)
    .replace(/\bI have\b/gu, `${who} has`)
    .replace(/\bI do\b/gu, `${who} does`)
    // "the reason I think we're successful" → "the reason Jack Dorsey thinks …".
    .replace(new RegExp(`\\bI (${PRESENT_VERBS})\\b`, 'gu'), (_, verb: string) => `${who} ${thirdPerson(verb)}`)
    .replace(/\bI\b/gu, who)
    .replace(/\bme\b/gu, who);
}

/** Verbs a speaker says of themself in the present ("the reason I keep …"), to be said of them by name. */
const PRESENT_VERBS =
  'think|believe|want|know|feel|love|like|need|hope|mean|see|say|find|expect|wish|prefer|remember|consider|call|keep|try|get|use|make|take|hear|work|care|worry|talk|mention|start|bring|ask|tell|spend|guess|agree|understand|enjoy|miss|read|run|watch|teach|build|write|go';

/** "keep" → "keeps", "try" → "tries", "watch" → "watches", "go" → "goes". */
function thirdPerson(verb: string): string {
  if (/[^aeiou]y$/u.test(verb)) return `${verb.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|o)$/u.test(verb)) return `${verb}es`;
  return `${verb}s`;
}
