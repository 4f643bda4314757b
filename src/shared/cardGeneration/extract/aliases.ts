import { isHardlyEnglish } from '../lexicon/everydayWords';
import { STOP_WORDS } from '../lexicon/words';
import { isCapitalised, type Sentence, type Token } from '../nlp/token';

/**
 * Another name the text gives something, right after the words that give
 * it: "latinized [Alhazen]", "nicknamed [Ptolemaeus secundus]", "what is
 * now known as [Alhazen's problem]", "variously translated as [Doubts
 * Concerning Ptolemy]", 'the problem known as "[Alhazen's problem]"'. An
 * encyclopedia states such names once, and a reader keeps them: they are
 * the names the rest of the literature uses.
 */
export interface Alias {
  /** Token range [from, to) of the name. */
  from: number;
  to: number;
}

/**
 * The words that give a name. "called" only after a verb or an adverb that
 * makes it naming ("is called", "now called", "so-called"), never "called
 * out" or "as he called it" (no name follows those anyway).
 */
const NAMING_CUE =
  /(?:\b(?:(?:now|also|commonly|better|widely|simply|variously|often|sometimes|later|popularly|formally|officially|affectionately)\s+)?(?:known|referred to|translated|rendered)\s+as|\b(?:nicknamed|dubbed|latini[sz]ed(?:\s+as)?|renamed|styled)|\b(?:is|are|was|were|be|been|being|now|also|commonly|later|so-)\s*called)\s+$/iu;
/** The last word of every cue, and how many characters before a name the longest cue takes. */
const CUE_ENDS = new Set(['as', 'called', 'nicknamed', 'dubbed', 'latinized', 'latinised', 'renamed', 'styled']);
const CUE_WINDOW = 40;
/** Small words that join the parts of one name: "Doubts Concerning Ptolemy", "Book of Optics", "al-Hakim bi-Amr Allah". */
const JOINERS = new Set(['of', 'the', 'for', 'and', 'against', 'de', 'del', 'la', 'le', 'von', 'van', 'der', 'al', 'el', 'ibn', 'bin', 'bi']);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);
const MAX_WORDS = 8;
/** A particle glued to the next part of a name: "Davout, now called Prince d’Eckmühl", "O’Brien". */
const NAME_PARTICLE = /^(?:d|l|o|dell)['’]\p{Lu}/u;

/** A lower-case word English hardly uses: a Latin or transliterated part of a name ("Ptolemaeus secundus"). */
function isForeignWord(token: Token): boolean {
  return /^\p{Ll}[\p{L}\p{M}]+$/u.test(token.text) && isHardlyEnglish(token.text) && !STOP_WORDS.has(token.lower);
}

/** The name right after a naming cue, if one stands there. */
export function findAliases(sentence: Sentence, claimed: readonly boolean[]): Alias[] {
  const { tokens } = sentence;
  const aliases: Alias[] = [];
  for (let i = 1; i < tokens.length; i++) {
    // The cue's last word stands right before: most tokens are passed over without reading the words before them.
    if (claimed[i] || !CUE_ENDS.has(tokens[i - 1]!.lower)) continue;
    const end = tokens[i]!.start - sentence.start;
    if (!NAMING_CUE.test(sentence.text.slice(Math.max(0, end - CUE_WINDOW), end))) continue;
    const alias = OPENING_QUOTES.has(tokens[i]!.text) ? quotedName(tokens, i + 1) : bareName(tokens, i);
    if (!alias || claimed.slice(alias.from, alias.to).some(Boolean)) continue;
    aliases.push(alias);
    // "translated as Doubts Concerning Ptolemy or Aporias against Ptolemy": the other name is one too.
    const other = tokens[alias.to]?.lower === 'or' && tokens[alias.to + 1] ? bareName(tokens, alias.to + 1) : null;
    if (other && !claimed.slice(other.from, other.to).some(Boolean)) aliases.push(other);
  }
  return aliases;
}

/** A quoted name: every word up to the closing quote, if it closes within a few words and starts with a capital. */
function quotedName(tokens: readonly Token[], from: number): Alias | null {
  for (let to = from; to < tokens.length && to - from <= MAX_WORDS; to++) {
    if (!CLOSING_QUOTES.has(tokens[to]!.text)) continue;
    // The sentence's own stop or comma, put inside the quotes ("now called “King of Naples.”"), is not part of the name.
    let end = to;
    while (end > from && /^[.,;:!?]+$/u.test(tokens[end - 1]!.text)) end--;
    return end > from && isCapitalised(tokens[from]!) ? { from, to: end } : null;
  }
  return null;
}

/**
 * A bare name: capitalised words, the small words that join them, a
 * possessive and the noun it names ("Alhazen's problem", "Hering's law"),
 * and lower-case words of another language ("Ptolemaeus secundus").
 */
function bareName(tokens: readonly Token[], from: number): Alias | null {
  if (!isCapitalised(tokens[from]!) || STOP_WORDS.has(tokens[from]!.lower)) return null;
  let to = from + 1;
  while (to < tokens.length && to - from < MAX_WORDS) {
    const token = tokens[to]!;
    const next = tokens[to + 1];
    if (isCapitalised(token) || isForeignWord(token) || NAME_PARTICLE.test(token.text)) {
      to++;
      // wink may leave the possessive on the word ("Alhazen's"); the noun it names ends the name.
      if (/['’]s$/u.test(token.text) && tokens[to] && /^\p{Ll}+$/u.test(tokens[to]!.text) && !STOP_WORDS.has(tokens[to]!.lower)) return { from, to: to + 1 };
    } else if (JOINERS.has(token.lower) && next && isCapitalised(next)) to += 2;
    else if (/^['’]s$/u.test(token.text) && next && /^\p{Ll}+$/u.test(next.text) && !STOP_WORDS.has(next.lower)) return { from, to: to + 2 };
    else break;
  }
  return { from, to };
}
