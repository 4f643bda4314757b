import type { Category, CategoryId, TagEntry } from '../../../shared/contract';
import { sortedCodebook, withTagsRegistered } from '../../tags/codebook';
import { TAG_SEPARATOR, tagKey, tagLeaf } from '../../../shared/tags/tagName';
import { CATEGORY_HEX } from './categoryColours';
import { fixedGuid, tagGuid } from './qdpxGuid';

/** One code of a REFI-QDA codebook, with the codes nested under it. */
export interface CodeNode {
  guid: string;
  name: string;
  isCodable: boolean;
  /** "#rrggbb"; absent when the tag has no colour. */
  color?: string;
  description?: string;
  children: CodeNode[];
}

/** The code that holds the colour categories: not codable itself, as it is only their heading. */
export const COLOURS_CODE = { guid: fixedGuid('colours'), name: 'Gloss colours' } as const;

/** The GUID of a colour category's code ("Key fact"): every highlight is coded with its colour. */
export function colourGuid(id: CategoryId): string {
  return fixedGuid(`colour:${id}`);
}

/**
 * The tags as nested codes: every codebook entry and every tag in use, each
 * level of a path ("place/belarus") a code inside its parent's, siblings in
 * name order. A tag's GUID comes from its name, so it is stable across exports.
 */
export function tagCodes(codebook: readonly TagEntry[], usedTags: readonly string[]): CodeNode[] {
  const entries = sortedCodebook(withTagsRegistered(codebook, [...codebook.map((entry) => entry.name), ...usedTags]));
  const roots: CodeNode[] = [];
  const byKey = new Map<string, CodeNode>();
  for (const entry of entries) {
    const node: CodeNode = {
      guid: tagGuid(entry.name),
      name: tagLeaf(entry.name),
      isCodable: true,
      ...(entry.color ? { color: CATEGORY_HEX[entry.color] } : {}),
      ...(entry.description ? { description: entry.description } : {}),
      children: [],
    };
    const key = tagKey(entry.name);
    byKey.set(key, node);
    const parentKey = key.includes(TAG_SEPARATOR) ? key.slice(0, key.lastIndexOf(TAG_SEPARATOR)) : null;
    // A parent sorts before its children and is always registered (withTagsRegistered), so it is there.
    (parentKey === null ? roots : byKey.get(parentKey)!.children).push(node);
  }
  return roots;
}

/** The colour categories as codes under one heading, named as the library names them, in their colours. */
export function colourCodes(categories: readonly Category[]): CodeNode {
  return {
    ...COLOURS_CODE,
    isCodable: false,
    description: 'The colour categories of Gloss highlights: each highlight is coded with its colour.',
    children: categories.map((category) => ({ guid: colourGuid(category.id), name: category.name, isCodable: true, color: CATEGORY_HEX[category.id], children: [] })),
  };
}
