import type { TagEntry } from '../../shared/contract';
import { renamedTag } from '../../shared/tags/tagEdit';
import { isTagWithin, tagAncestry, tagKey, TAG_SEPARATOR, uniqueTags } from '../../shared/tags/tagName';

/**
 * The codebook's rules, as pure functions over its entries: tags are matched
 * case-insensitively and the first spelling seen is kept, level by level of
 * a tag's path.
 */

/** A codebook entry by its key. */
function entriesByKey(codebook: readonly TagEntry[]): Map<string, TagEntry> {
  return new Map(codebook.map((entry) => [tagKey(entry.name), entry]));
}

/**
 * Tags as the codebook spells them: each level of a path takes the spelling
 * already known for it ("Exercise/Kyrgyzstan" becomes "exercise/kyrgyzstan"
 * when those were seen first). Duplicates (by key) are dropped.
 */
export function spellAsCodebook(codebook: readonly TagEntry[], tags: readonly string[]): string[] {
  const known = entriesByKey(codebook);
  const spelled = tags.map((tag) => {
    let path = '';
    for (const level of tag.split(TAG_SEPARATOR)) {
      const candidate = path === '' ? level : path + TAG_SEPARATOR + level;
      path = known.get(tagKey(candidate))?.name ?? candidate;
    }
    return path;
  });
  return uniqueTags(spelled);
}

/** The codebook with an entry for every tag given and each of its parents (new ones appended, in order). */
export function withTagsRegistered(codebook: readonly TagEntry[], tags: readonly string[]): TagEntry[] {
  const known = entriesByKey(codebook);
  const added: TagEntry[] = [];
  for (const tag of tags) {
    for (const level of tagAncestry(tag)) {
      const key = tagKey(level);
      if (known.has(key)) continue;
      const entry = { name: level };
      known.set(key, entry);
      added.push(entry);
    }
  }
  return added.length === 0 ? [...codebook] : [...codebook, ...added];
}

/** Why `from` cannot be renamed to `to`, in words; null when it can. */
export function renameProblem(from: string, to: string): string | null {
  if (tagKey(from) === tagKey(to)) return null;
  if (isTagWithin(to, from)) return `"${from}" cannot be merged into "${to}": that tag sits under it.`;
  return null;
}

/**
 * The codebook after renaming `from` to `to`: its entries (and its
 * children's) take the new names; where the new name is taken, the entry
 * there stays and gains only the colour or description it lacked.
 */
export function renameInCodebook(codebook: readonly TagEntry[], from: string, to: string): TagEntry[] {
  const moved = codebook.filter((entry) => isTagWithin(entry.name, from));
  const staying = codebook.filter((entry) => !isTagWithin(entry.name, from));
  const result = [...staying];
  const byKey = entriesByKey(staying);
  for (const entry of moved) {
    const name = renamedTag(entry.name, from, to);
    const existing = byKey.get(tagKey(name));
    if (existing) {
      const merged: TagEntry = { ...existing };
      if (merged.color === undefined && entry.color !== undefined) merged.color = entry.color;
      if (merged.description === undefined && entry.description !== undefined) merged.description = entry.description;
      result[result.indexOf(existing)] = merged;
      byKey.set(tagKey(name), merged);
    } else {
      const renamed = { ...entry, name };
      result.push(renamed);
      byKey.set(tagKey(name), renamed);
    }
  }
  // The new name's parents become known too ("b/c" brings "b").
  return withTagsRegistered(result, [to]);
}

/** The codebook without `name` and its children. */
export function removeFromCodebook(codebook: readonly TagEntry[], name: string): TagEntry[] {
  return codebook.filter((entry) => !isTagWithin(entry.name, name));
}

/** The codebook's entry for a tag, or undefined. */
export function codebookEntry(codebook: readonly TagEntry[], name: string): TagEntry | undefined {
  return entriesByKey(codebook).get(tagKey(name));
}

/** Codebook entries in name order (case-insensitive, by path). */
export function sortedCodebook(codebook: readonly TagEntry[]): TagEntry[] {
  return [...codebook].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}
