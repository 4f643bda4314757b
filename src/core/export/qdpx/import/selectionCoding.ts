import type { CategoryId, TagEntry } from '../../../../shared/contract';
import { MAX_TAGS_PER_ITEM, tagKey, uniqueTags } from '../../../../shared/tags/tagName';
import type { CodeTags } from './codeTags';

/** What a selection's codings say in Gloss: its tags and its colour. */
export interface SelectionCoding {
  tags: string[];
  color: CategoryId;
  /** Codings that refer to no code of the project. */
  unknown: number;
  /** Tags beyond the most one highlight may carry, left off. */
  dropped: number;
}

/**
 * A selection's (or orphan note's) codes as tags, in their order, and its
 * colour: the colour code Gloss wrote, else its first tag's colour in the
 * codebook, else the first colour.
 */
export function selectionCoding(codeRefs: readonly string[], codes: CodeTags, entries: ReadonlyMap<string, TagEntry>): SelectionCoding {
  let color: CategoryId | undefined;
  let unknown = 0;
  const tags: string[] = [];
  for (const ref of codeRefs) {
    const colour = codes.colourOf.get(ref);
    const tag = codes.tagOf.get(ref);
    if (colour) color ??= colour;
    else if (tag) tags.push(tag);
    else unknown++;
  }
  const unique = uniqueTags(tags);
  const kept = unique.slice(0, MAX_TAGS_PER_ITEM);
  const firstTagColour = kept.map((tag) => entries.get(tagKey(tag))?.color).find((value) => value !== undefined);
  return { tags: kept, color: color ?? firstTagColour ?? 'c1', unknown, dropped: unique.length - kept.length };
}
