import { findTag, visibleTags, type TagNode } from '../../shared/tags/tagTree';

/**
 * The keyboard of a tree view, as pure functions (the WAI-ARIA tree pattern):
 * ↑ ↓ move among the tags that show, → expands a tag or goes to its first
 * child, ← collapses it or goes to its parent, Home and End go to the first
 * and last, * expands the active tag's siblings, and typing goes to the next
 * tag whose name starts with what was typed.
 */

/** Which tags show their children, and which one has the keyboard (by key). */
export interface TreeState {
  expanded: ReadonlySet<string>;
  active: string | null;
}

/** The keys a tree moves with. */
export const TREE_KEYS = ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End', '*'] as const;
export type TreeKey = (typeof TREE_KEYS)[number];

/** Whether a key is one the tree moves with. */
export function isTreeKey(key: string): key is TreeKey {
  return (TREE_KEYS as readonly string[]).includes(key);
}

/** The tags above a tag, nearest last. */
function ancestorsOf(tree: readonly TagNode[], node: TagNode): TagNode[] {
  const above: TagNode[] = [];
  for (let parent = node.parent; parent !== null; ) {
    const found = findTag(tree, parent);
    if (!found) break;
    above.unshift(found);
    parent = found.parent;
  }
  return above;
}

/**
 * The active tag made one that shows: itself, else the nearest ancestor that
 * shows (its parent was collapsed), else the first tag (it is gone).
 */
export function settleActive(tree: readonly TagNode[], state: TreeState): string | null {
  const visible = visibleTags(tree, state.expanded);
  const active = state.active === null ? undefined : findTag(tree, state.active);
  if (active) {
    if (visible.includes(active)) return active.key;
    const nearestShown = ancestorsOf(tree, active)
      .filter((node) => visible.includes(node))
      .at(-1);
    if (nearestShown) return nearestShown.key;
  }
  return visible[0]?.key ?? null;
}

/** The expanded set with a tag's ancestors added, so that it shows. */
export function expandTo(tree: readonly TagNode[], expanded: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const node = findTag(tree, key);
  if (!node) return expanded;
  const above = ancestorsOf(tree, node).filter((parent) => !expanded.has(parent.key));
  return above.length === 0 ? expanded : new Set([...expanded, ...above.map((parent) => parent.key)]);
}

/** The tree after a key, or null when the key means nothing here (so it is left to the page). */
export function treeKeyMove(tree: readonly TagNode[], state: TreeState, key: TreeKey): TreeState | null {
  const visible = visibleTags(tree, state.expanded);
  if (visible.length === 0) return null;
  const activeKey = settleActive(tree, state);
  const index = visible.findIndex((node) => node.key === activeKey);
  const node = visible[index]!;
  const to = (next: TagNode | undefined): TreeState => ({ ...state, active: (next ?? node).key });
  const open = state.expanded.has(node.key);
  switch (key) {
    case 'ArrowDown':
      return to(visible[index + 1]);
    case 'ArrowUp':
      return to(visible[index - 1]);
    case 'Home':
      return to(visible[0]);
    case 'End':
      return to(visible.at(-1));
    case 'ArrowRight':
      if (node.children.length === 0) return to(node);
      return open ? to(node.children[0]) : { expanded: new Set([...state.expanded, node.key]), active: node.key };
    case 'ArrowLeft': {
      if (node.children.length > 0 && open) return { expanded: new Set([...state.expanded].filter((k) => k !== node.key)), active: node.key };
      return to(node.parent === null ? node : findTag(tree, node.parent));
    }
    case '*': {
      const siblings = node.parent === null ? tree : (findTag(tree, node.parent)?.children ?? []);
      const parents = siblings.filter((sibling) => sibling.children.length > 0).map((sibling) => sibling.key);
      return { expanded: new Set([...state.expanded, ...parents]), active: node.key };
    }
  }
}

/**
 * The tag typing goes to: the next one that shows whose name starts with what
 * was typed (case-insensitive), after the active one for a single letter or
 * the same letter again ("pp" cycles through the tags starting with p), from
 * the active one for a longer word; null: none.
 */
export function typeAheadMatch(visible: readonly TagNode[], active: string | null, typed: string): string | null {
  const letters = [...typed.toLocaleLowerCase()];
  if (letters.length === 0 || visible.length === 0) return null;
  const cycling = letters.every((letter) => letter === letters[0]);
  const wanted = cycling ? letters[0]! : letters.join('');
  const start = Math.max(0, visible.findIndex((node) => node.key === active));
  const offset = cycling ? 1 : 0;
  for (let step = 0; step < visible.length; step++) {
    const node = visible[(start + offset + step) % visible.length]!;
    if (node.label.toLocaleLowerCase().startsWith(wanted)) return node.key;
  }
  return null;
}
