import { isAcronym, isCapitalised, type Sentence, type Token } from '../nlp/token';
import { ORGANISATION_WORDS } from '../lexicon/words';

/** "Collective Security Treaty Organization (CSTO)": the acronym and its expansion, as token ranges. */
export interface AcronymDefinition {
  acronym: string;
  /** The expansion's tokens [from, to). */
  from: number;
  to: number;
  /** The parenthesised part's tokens [from, to), brackets included. */
  parenFrom: number;
  parenTo: number;
  kind: 'organisation' | 'abbreviation';
}

/** Small words an expansion may contain that the acronym skips ("Ministry of Emergency Situations"). */
const SKIPPABLE = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'de', '&']);
const MAX_EXPANSION = 10;

/**
 * Finds acronym definitions in both orders: "Long Name (ABBR)" and
 * "ABBR (Long Name)", and set off by commas: "Long Name, ABBR,". The expansion is the shortest run of words before
 * the brackets whose initials spell the acronym, so a qualifier in front
 * ("the CSTO Collective Rapid Reaction Forces (CRRF)") stays out.
 */
export function findAcronymDefinitions(sentence: Sentence): AcronymDefinition[] {
  const { tokens } = sentence;
  const found: AcronymDefinition[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const apposition = appositiveAcronym(tokens, i);
    if (apposition) found.push(apposition);
    if (tokens[i]!.text !== '(') continue;
    const close = tokens.findIndex((token, j) => j > i && token.text === ')');
    if (close === -1 || close - i > MAX_EXPANSION + 1) continue;
    const inner = tokens.slice(i + 1, close);
    const only = inner.length === 1 ? inner[0]! : undefined;
    if (only && isAcronym(only)) {
      const from = expansionStart(tokens, i, only.text);
      if (from !== -1) found.push(definition(only.text, tokens, from, i, i, close + 1));
    } else if (isAcronym(tokens[i - 1]!) && spells(inner, tokens[i - 1]!.text)) {
      found.push(definition(tokens[i - 1]!.text, tokens, i + 1, close, i, close + 1));
    }
  }
  return found;
}

/**
 * "the Partnership for Global Infrastructure and Investment, PGI." — an
 * acronym set off by commas after its capitalised expansion; or before it:
 * "aggregated through USD, Universal Scene Description."
 */
function appositiveAcronym(tokens: readonly Token[], comma: number): AcronymDefinition | null {
  if (tokens[comma]!.text !== ',') return null;
  const acronym = tokens[comma + 1]!;
  if (isAcronym(acronym) && /^[,.;:)!?]?$/u.test(tokens[comma + 2]?.text ?? '')) {
    const from = expansionStart(tokens, comma, acronym.text);
    if (from !== -1 && isCapitalised(tokens[from]!)) return definition(acronym.text, tokens, from, comma, comma, comma + 2);
  }
  const before = tokens[comma - 1]!;
  if (!isAcronym(before)) return null;
  for (let to = comma + 2; to <= Math.min(tokens.length, comma + 1 + MAX_EXPANSION); to++) {
    if (!/^[,.;:)!?]?$/u.test(tokens[to]?.text ?? '')) continue;
    const words = tokens.slice(comma + 1, to);
    if (words.every((word) => isCapitalised(word) || SKIPPABLE.has(word.lower)) && spells(words, before.text)) return definition(before.text, tokens, comma + 1, to, comma, to);
  }
  return null;
}

function definition(acronym: string, tokens: readonly Token[], from: number, to: number, parenFrom: number, parenTo: number): AcronymDefinition {
  const isOrganisation = tokens.slice(from, to).some((token) => ORGANISATION_WORDS.has(token.lower));
  return { acronym, from, to, parenFrom, parenTo, kind: isOrganisation ? 'organisation' : 'abbreviation' };
}

/** The first token of the shortest word run ending at `end` that spells the acronym (capitalised, or all in lower case), or -1. */
function expansionStart(tokens: readonly Token[], end: number, acronym: string): number {
  for (let from = end - 1; from >= Math.max(0, end - MAX_EXPANSION); from--) {
    const token = tokens[from]!;
    if (!/\p{L}/u.test(token.text)) return -1;
    // Capitalised ("Ministry of Health (MOH)") or wholly lower case ("infection prevention and control (IPC)").
    if ((isCapitalised(token) || /^\p{Ll}+$/u.test(token.text)) && spells(tokens.slice(from, end), acronym)) return from;
  }
  return -1;
}

/** True when the initials of the words (small words optional) spell the acronym. */
export function spells(words: readonly Token[], acronym: string): boolean {
  const letters = acronym.replace(/\d/g, '').toLowerCase();
  // Each word may give its initial or, for hyphenated words, the initial of each part.
  const options = words.map((word) => {
    const parts = word.text.split('-').filter(Boolean);
    // "U.S." gives both its letters ("U.S. Government (USG)").
    const dotted = /^(?:\p{L}\.)+$/u.test(word.text) ? word.lower.replace(/\./gu, '') : '';
    const initials = [word.lower[0] ?? '', parts.map((part) => part[0]!.toLowerCase()).join(''), dotted].filter(Boolean);
    return { initials: [...new Set(initials)], optional: SKIPPABLE.has(word.lower) };
  });
  const match = (w: number, l: number): boolean => {
    if (w === options.length) return l === letters.length;
    const option = options[w]!;
    if (option.optional && match(w + 1, l)) return true;
    return option.initials.some((initials) => letters.startsWith(initials, l) && match(w + 1, l + initials.length));
  };
  return words.length > 1 && match(0, 0);
}
