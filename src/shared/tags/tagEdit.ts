import type { HighlightFilter } from '../contract';
import { isTagWithin, TAG_SEPARATOR, uniqueTags } from './tagName';

/**
 * A rename (a merge, when the new name is taken) or a deletion of a tag, and
 * what it does to one list of tags: an item's, or the highlight filter's.
 * Pure, so the core (every document, the stored filter) and the window (its
 * own copy of the filter) change tags the same way.
 */
export type TagEdit = { kind: 'rename'; from: string; to: string } | { kind: 'delete'; name: string };

/** One tag renamed: itself and its children move to `to` ("a/x" → "b/x"); others stay. */
export function renamedTag(tag: string, from: string, to: string): string {
  if (!isTagWithin(tag, from)) return tag;
  // By levels, not characters: two spellings of one tag may differ in length.
  const below = tag.split(TAG_SEPARATOR).slice(from.split(TAG_SEPARATOR).length);
  return [to, ...below].join(TAG_SEPARATOR);
}

/** An item's tags after renaming `from` to `to` (merging where the item had both), or null if unchanged. */
export function renameInTags(tags: readonly string[], from: string, to: string): string[] | null {
  if (!tags.some((tag) => isTagWithin(tag, from))) return null;
  return uniqueTags(tags.map((tag) => renamedTag(tag, from, to)));
}

/** An item's tags without `name` and its children, or null if it had none of them. */
export function removeFromTags(tags: readonly string[], name: string): string[] | null {
  if (!tags.some((tag) => isTagWithin(tag, name))) return null;
  return tags.filter((tag) => !isTagWithin(tag, name));
}

/** A list of tags after the edit, or null when it does not carry the tag. */
export function editTags(tags: readonly string[], edit: TagEdit): string[] | null {
  return edit.kind === 'rename' ? renameInTags(tags, edit.from, edit.to) : removeFromTags(tags, edit.name);
}

/**
 * The filter after the edit, or null when it names none of the tags changed:
 * a renamed tag is filtered by its new name, a deleted one no longer at all
 * (the filter would otherwise keep a tag nothing carries, and hide everything).
 */
export function filterAfterTagEdit(filter: HighlightFilter, edit: TagEdit): HighlightFilter | null {
  const tags = editTags(filter.tags, edit);
  return tags ? { ...filter, tags } : null;
}
