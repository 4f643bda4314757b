import { isCapitalised, type Token } from '../nlp/token';
import { MONTHS } from '../lexicon/words';

/*
 * Whether one token may be part of a name: capitalised, a word, not a
 * pronoun, a month, a contraction or a word made from a name, and not part
 * of an identifier. The runs these tokens make are judged in nameRuns.ts.
 */

/** Parts of speech never inside a name. */
const NOT_IN_NAMES = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'NUM', 'SYM', 'SPACE']);
/**
 * A contraction is capitalised only because it holds "I" or starts a
 * sentence: "I’m", "We’ll", "It’s", "Don’t" name no one. ("Russia’s" is a
 * possessive and stays: only pronoun-like words take "’s" here.)
 */
const CONTRACTION = /^(?:\p{L}+['’](?:m|re|ve|ll|d)|(?:it|he|she|that|there|here|what|who|where|how|let)['’]s|\p{L}+n['’]t)$/u;
/** Months and weekdays are capitalised but name no one: "in November" is a vague date, not a name. */
const CALENDAR = new Set([...MONTHS, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Words that open a spoken sentence: a transcript that lost a stop ("ARM
 * CPUs So NVIDIA GPUs") shows them capitalised mid-sentence, where a tagger
 * may take them for part of a name.
 */
const SENTENCE_OPENERS = new Set(['so', 'but', 'then', 'yeah', 'okay', 'ok', 'because', 'anyway']);

/** An article or link before a name's capitalised part: Arabic "al-Hakim", "bi-Amr", "el-Sisi"; French and Italian "d'Arezzo", "l'Ouverture". */
const PARTICLE_PREFIXED = /^(?:(?:al|el|ad|an|ar|as|at|az|ash|bi|ul|ibn|bin|abu|abd)-|[dl]['’])\p{Lu}/u;

/** A word made from a name with a lower-case ending: "GPL-ed", "Java-based", "Moscow-led" are no names. */
const DERIVED_FROM_NAME = /-\p{Ll}+$/u;

export function isNameToken(token: Token | undefined): boolean {
  return (
    !!token &&
    (token.kind === 'word' || token.kind === 'abbreviation') &&
    (isCapitalised(token) || PARTICLE_PREFIXED.test(token.text)) &&
    !DERIVED_FROM_NAME.test(token.text) &&
    !NOT_IN_NAMES.has(token.pos) &&
    !CALENDAR.has(token.lower) &&
    !SENTENCE_OPENERS.has(token.lower) &&
    !CONTRACTION.test(token.lower)
  );
}

/** Glued to "_", "/", "\\", "@" or "#" without a space: part of an identifier or a path ("NODE_ENV", "src/Core"), not a name. */
export function inIdentifier(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (!!before && before.end === token.start && /[_/\\@#]$/u.test(before.text)) || (!!after && after.start === token.end && /^[_/\\@#]/u.test(after.text));
}
