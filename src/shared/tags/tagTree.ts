import type { CategoryId, TagEntry, TagUsage } from '../contract';
import { TAG_SEPARATOR, tagKey } from './tagName';

/**
 * The codebook as a tree: one node per level of the tags' "/" paths, matched
 * case-insensitively (the first spelling seen is kept, the codebook's before
 * the usage's), children in name order.
 */

/** Highlights and cards counted for a tag, with the highlights per document id. */
export interface TagCounts {
  highlights: number;
  cards: number;
  byDocument: Readonly<Record<string, number>>;
}

/** One tag of the tree. */
export interface TagNode {
  /** The whole path, as the library spells it ("war/1812"). */
  name: string;
  /** What matches it (case and Unicode form ignored): the node's id. */
  key: string;
  /** The last level of its path, which the tree shows ("1812"). */
  label: string;
  /** 1 for a tag at the top. */
  level: number;
  /** The key of the tag it sits under, or null at the top. */
  parent: string | null;
  color?: CategoryId;
  description?: string;
  /** Items carrying this very tag. */
  own: TagCounts;
  /** Items carrying it or a tag under it, each once. */
  total: TagCounts;
  children: TagNode[];
}

const NO_USE: TagCounts = { highlights: 0, cards: 0, byDocument: {} };

/** The order of tags side by side: by name, case- and accent-insensitive, numbers by value ("2" before "10"). */
export function compareTagLabels(a: string, b: string): number {
  return a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Counts added up (two usage entries of one tag, spelled differently, count together). */
function addCounts(a: TagCounts, b: TagCounts): TagCounts {
  const byDocument: Record<string, number> = { ...a.byDocument };
  for (const [id, count] of Object.entries(b.byDocument)) byDocument[id] = (byDocument[id] ?? 0) + count;
  return { highlights: a.highlights + b.highlights, cards: a.cards + b.cards, byDocument };
}

/**
 * Builds the tree from the codebook (names, colours, descriptions) and, when
 * given, `tags:usage` (counts). A level that neither lists (a parent of a used
 * tag) is made, and counts what its children count.
 */
export function buildTagTree(codebook: readonly TagEntry[], usage: readonly TagUsage[] = []): TagNode[] {
  const nodes = new Map<string, TagNode>();
  const counted = new Set<string>();
  const roots: TagNode[] = [];
  const place = (path: string): TagNode => {
    let parent = null as TagNode | null;
    for (const level of path.split(TAG_SEPARATOR)) {
      const name: string = parent ? parent.name + TAG_SEPARATOR + level : level;
      const key = tagKey(name);
      let node = nodes.get(key);
      if (!node) {
        node = { name, key, label: level, level: (parent?.level ?? 0) + 1, parent: parent?.key ?? null, own: NO_USE, total: NO_USE, children: [] };
        nodes.set(key, node);
        (parent ? parent.children : roots).push(node);
      }
      parent = node;
    }
    return parent!;
  };
  for (const entry of codebook) {
    const node = place(entry.name);
    if (entry.color !== undefined) node.color = entry.color;
    if (entry.description !== undefined) node.description = entry.description;
  }
  for (const used of usage) {
    const node = place(used.name);
    node.own = addCounts(node.own, used);
    node.total = addCounts(node.total, used.withChildren);
    counted.add(node.key);
  }
  const finish = (list: TagNode[]): void => {
    list.sort((a, b) => compareTagLabels(a.label, b.label));
    for (const node of list) {
      finish(node.children);
      // A made-up level has no count of its own: its children's add up (an item under two of them would count twice).
      if (!counted.has(node.key)) node.total = node.children.reduce((sum, child) => addCounts(sum, child.total), node.own);
    }
  };
  finish(roots);
  return roots;
}

/** Every tag of the tree in the order it shows, parents before their children. */
export function allTags(tree: readonly TagNode[]): TagNode[] {
  return tree.flatMap((node) => [node, ...allTags(node.children)]);
}

/** The tags that show when only the tags whose keys are in `expanded` show their children. */
export function visibleTags(tree: readonly TagNode[], expanded: ReadonlySet<string>): TagNode[] {
  return tree.flatMap((node) => [node, ...(expanded.has(node.key) ? visibleTags(node.children, expanded) : [])]);
}

/** The tag with this key (anywhere in the tree), or undefined. */
export function findTag(tree: readonly TagNode[], key: string): TagNode | undefined {
  for (const node of tree) {
    if (node.key === key) return node;
    const found = findTag(node.children, key);
    if (found) return found;
  }
  return undefined;
}

/** How many tags sit under a tag, at any depth. */
export function descendantCount(node: TagNode): number {
  return node.children.reduce((sum, child) => sum + 1 + descendantCount(child), 0);
}
