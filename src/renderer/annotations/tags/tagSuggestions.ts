import { tagKey, TAG_SEPARATOR } from '../../../shared/tags/tagName';
import { foldForMatching } from '../../../shared/textSearch/foldedText';

/** The most suggestions shown under a tag field. */
export const MAX_SUGGESTIONS = 8;

/**
 * How well a codebook tag answers what was typed (lower is better), or null:
 * the very tag, then tags whose path starts with it ("exe" → "exercise/…"),
 * then tags with a level that starts with it ("kyr" → "exercise/kyrgyzstan"),
 * then tags that hold it anywhere. Case and accents are ignored.
 */
function rank(tag: string, query: string): number | null {
  const folded = foldForMatching(tag);
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  if (folded.split(TAG_SEPARATOR).some((level) => level.trimStart().startsWith(query))) return 2;
  return folded.includes(query) ? 3 : null;
}

/**
 * The codebook's tags that match what was typed, best first (codebook order
 * within a rank), leaving out those already chosen. With nothing typed, the
 * first of the codebook: what ↓ shows in an empty field.
 */
export function suggestTags(codebook: readonly string[], typed: string, chosen: readonly string[], limit = MAX_SUGGESTIONS): string[] {
  const taken = new Set(chosen.map(tagKey));
  const open = codebook.filter((tag) => !taken.has(tagKey(tag)));
  const query = foldForMatching(typed.replace(/\s+/gu, ' ').trim());
  if (query === '') return open.slice(0, limit);
  return open
    .map((tag, order) => ({ tag, order, rank: rank(tag, query) }))
    .filter((entry): entry is { tag: string; order: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.tag);
}

/** A tag as the codebook already spells it (matched case-insensitively), so a new chip shows the spelling the core will store. */
export function codebookSpelling(codebook: readonly string[], tag: string): string {
  const key = tagKey(tag);
  return codebook.find((known) => tagKey(known) === key) ?? tag;
}
