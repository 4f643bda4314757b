/**
 * Tag names. A tag is a short phrase of the user's; `/` makes a hierarchy
 * ("exercise/kyrgyzstan" sits under "exercise"). Tags are matched
 * case-insensitively and the first spelling the library saw is kept, so
 * "Kyrgyzstan" typed later joins an existing "kyrgyzstan".
 */

/** The longest tag, counting its whole path. */
export const MAX_TAG_LENGTH = 100;

/** The most tags one highlight or card may carry. */
export const MAX_TAGS_PER_ITEM = 50;

/** The path separator of hierarchical tags. */
export const TAG_SEPARATOR = '/';

/** A tag as typed, tidied: spaces collapsed and trimmed around each level, empty levels ("a//b", "/a/") dropped. */
export function tidyTag(raw: string): string {
  return raw
    .normalize('NFC')
    .split(TAG_SEPARATOR)
    .map((level) => level.replace(/\s+/gu, ' ').trim())
    .filter((level) => level !== '')
    .join(TAG_SEPARATOR);
}

/** Why a tidied tag cannot be used, in words for the user; null when it can. */
export function tagProblem(tag: string): string | null {
  if (tag === '') return 'A tag needs at least one letter, digit or sign besides "/".';
  if (tag.length > MAX_TAG_LENGTH) return `A tag is at most ${MAX_TAG_LENGTH} characters (this one has ${tag.length}).`;
  if (/[,\n\r\t]/u.test(tag)) return 'A tag cannot hold a comma, tab or line break.';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/u.test(tag)) return 'A tag cannot hold control characters.';
  return null;
}

/** The key two tags share when they are the same tag (case and Unicode form ignored). */
export function tagKey(tag: string): string {
  return tidyTag(tag).toLocaleLowerCase('und');
}

/** The levels of a tag's path: "a/b/c" → ["a", "a/b", "a/b/c"]. */
export function tagAncestry(tag: string): string[] {
  const levels = tag.split(TAG_SEPARATOR);
  return levels.map((_, index) => levels.slice(0, index + 1).join(TAG_SEPARATOR));
}

/** Whether `tag` is `ancestor` itself or sits under it (case-insensitive). */
export function isTagWithin(tag: string, ancestor: string): boolean {
  const key = tagKey(tag);
  const root = tagKey(ancestor);
  return key === root || key.startsWith(root + TAG_SEPARATOR);
}

/** The last level of a tag's path, as a tree shows it. */
export function tagLeaf(tag: string): string {
  return tag.slice(tag.lastIndexOf(TAG_SEPARATOR) + 1);
}

/**
 * A list of tags with duplicates removed (case-insensitively, the first
 * spelling kept), in the order given.
 */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const tag of tags) {
    const key = tagKey(tag);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(tag);
  }
  return unique;
}
