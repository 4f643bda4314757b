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
    const joiner = HYPHENS.has(token.text) || (token.text === '.' && next !== undefined && /^\p{Ll}/u.test(next.text));
    if (prev && next && joiner && prev.end === token.start && token.end === next.start && isJoinable(prev) && isJoinable(next)) {
      out[out.length - 1] = join(prev, next, display, offset);
      i++;
      continue;
    }
    out.push(token);
  }
  return out;
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
