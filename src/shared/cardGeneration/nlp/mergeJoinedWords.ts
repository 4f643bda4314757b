import type { Token } from './token';

const HYPHENS = new Set(['-', '‐', '‑']);

/**
 * Joins words that wink split at a hyphen ("Secretary", "-", "General")
 * or a dot ("Node", ".", "js"; "Changelog", ".", "com") back into one
 * token, so a title, a code name, "military-technical" or a product's
 * dotted name counts as one word. Only a hyphen or dot with no space on
 * either side joins, and a dot only before a lower-case letter: "3.5" is
 * wink's own token, and "end.The" is a missing space, not a name.
 */
export function mergeJoinedWords(tokens: readonly Token[], display: string, offset: number): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    // "J1149.6": a decimal point inside a designation.
    const decimal = token.text === '.' && /\d$/u.test(prev?.text ?? '') && /^\d/u.test(next?.text ?? '');
    const joiner = HYPHENS.has(token.text) || (token.text === '.' && next !== undefined && (/^\p{Ll}/u.test(next.text) || decimal));
    if (prev && next && joiner && prev.end === token.start && token.end === next.start && isJoinable(prev) && isJoinable(next)) {
      out[out.length - 1] = join(prev, next, display, offset);
      i++;
      continue;
    }
    // ".NET": a stop that opens a name after a space is part of it.
    if (token.text === '.' && next && token.end === next.start && (!prev || prev.end < token.start) && /^\p{Lu}[\p{Lu}\d]+$/u.test(next.text)) {
      out.push({ ...join(token, next, display, offset), pos: 'PROPN' });
      i++;
      continue;
    }
    const suffix = languageSuffix(tokens, i, display, offset);
    if (suffix > 0) {
      out.push({ ...join(token, tokens[i + suffix]!, display, offset), pos: 'PROPN' });
      i += suffix;
      continue;
    }
    out.push(token);
  }
  return out;
}

/**
 * How many tokens after a capitalised word are its "++" or a letter's "#"
 * ("C++", "Notepad++", "C#", "F#"): one name, which wink splits into
 * "C" "+" "+"; 0 when none follow glued to it.
 */
function languageSuffix(tokens: readonly Token[], i: number, display: string, offset: number): number {
  const word = tokens[i]!;
  if (!/^\p{Lu}/u.test(word.text)) return 0;
  const glued = (k: number, text: string): boolean => tokens[i + k]?.text === text && tokens[i + k]!.start === tokens[i + k - 1]!.end;
  const count = glued(1, '+') && glued(2, '+') ? 2 : /^\p{Lu}$/u.test(word.text) && glued(1, '#') ? 1 : 0;
  // "C++11" or "C#x" would be another word: only a suffix that ends the word counts.
  const after = count === 0 ? '' : display.charAt(tokens[i + count]!.end - offset);
  return count > 0 && !/[\p{L}\p{N}]/u.test(after) ? count : 0;
}

function isJoinable(token: Token): boolean {
  return /^[\p{L}\p{N}]/u.test(token.text) && /[\p{L}\p{N}]$/u.test(token.text);
}

function join(left: Token, right: Token, display: string, offset: number): Token {
  const text = display.slice(left.start - offset, right.end - offset);
  // "Secretary-General" is a name part when its first half is capitalised and tagged as one.
  const pos = left.pos === 'PROPN' || (right.pos === 'PROPN' && /^\p{Lu}/u.test(left.text)) ? 'PROPN' : right.pos;
  const entityId = left.entityId !== -1 ? left.entityId : right.entityId;
  return { text, lower: text.toLowerCase(), pos, kind: 'word', start: left.start, end: right.end, entity: left.entity || right.entity, entityId };
}
