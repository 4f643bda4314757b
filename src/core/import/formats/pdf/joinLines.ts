import { cleanText } from './cleanText';

/** What the document itself says about words: which hyphenated compounds and which plain words it uses mid-line. */
export interface WordEvidence {
  hyphenated: Set<string>;
  words: Set<string>;
}

const HYPHENS = '-\u2010';
const COMPOUND = /[\p{L}\p{M}]+(?:[-\u2010][\p{L}\p{M}]+)+/gu;
const WORD = /[\p{L}\p{M}]+/gu;

/** Gathers the compounds and words the document uses, to decide line-end hyphens by its own usage. */
export function collectWordEvidence(lines: Iterable<string>): WordEvidence {
  const evidence: WordEvidence = { hyphenated: new Set(), words: new Set() };
  for (const line of lines) {
    // The last word may be cut by a line-end hyphen: it is no evidence of anything.
    const body = line.replace(/[\p{L}\p{M}]*[-\u2010\u00AD]\s*$/u, '');
    for (const match of body.matchAll(COMPOUND)) evidence.hyphenated.add(match[0].toLowerCase().replace(/\u2010/g, '-'));
    for (const match of body.matchAll(WORD)) evidence.words.add(match[0].toLowerCase());
  }
  return evidence;
}

/**
 * How the end of one line meets the start of the next. A hyphen between two
 * lowercase letters is a break inside a word and goes ("infor-" "mation"),
 * unless the document writes the hyphenated compound elsewhere and never the
 * joined word ("well-" "known" stays "well-known"). Before a capital or a digit
 * the hyphen is part of a compound ("Anglo-" "Saxon", "COVID-" "19") and stays,
 * without a space. A soft hyphen always goes; a dash glued to its word joins
 * without a space.
 */
function joint(before: string, after: string, evidence: WordEvidence): { trimEnd: number; glue: string } {
  if (before.endsWith('\u00AD')) return { trimEnd: 1, glue: '' };
  const last = before.at(-1) ?? '';
  const beforeLast = before.at(-2) ?? ' ';
  if (HYPHENS.includes(last) && /[\p{L}\p{M}]/u.test(beforeLast)) {
    if (!/^\p{Ll}/u.test(after)) return { trimEnd: 0, glue: '' };
    const head = (before.slice(0, -1).match(/[\p{L}\p{M}]+$/u)?.[0] ?? '').toLowerCase();
    const tail = (after.match(/^[\p{L}\p{M}]+/u)?.[0] ?? '').toLowerCase();
    const keep = evidence.hyphenated.has(`${head}-${tail}`) && !evidence.words.has(head + tail);
    return keep ? { trimEnd: 0, glue: '' } : { trimEnd: 1, glue: '' };
  }
  if (/[\u2013\u2014]/.test(last) && !/\s/.test(beforeLast)) return { trimEnd: 0, glue: '' };
  return { trimEnd: 0, glue: ' ' };
}

/** Joins a paragraph's lines into its text, repairing words hyphenated at line ends. */
export function joinLines(lines: string[], evidence: WordEvidence): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.replace(/^\s+/, '');
    if (!text) {
      text = line.trimEnd();
      continue;
    }
    const { trimEnd, glue } = joint(text, line, evidence);
    text = text.slice(0, text.length - trimEnd) + glue + line.trimEnd();
  }
  return cleanText(text);
}
