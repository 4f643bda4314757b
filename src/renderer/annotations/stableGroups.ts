/** Rows per group, on average. */
export const MEAN_GROUP_SIZE = 50;

/** FNV-1a: a cheap, well-spread hash of a row's id. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Splits a list into groups of about `mean` rows, where a group starts at a
 * row whose id hashes to a multiple of `mean` (as content-defined chunking
 * does). Cutting every `mean` rows instead would shift every later boundary
 * when one row is added or removed near the top, so React would move (unmount
 * and mount again) every row after it, thousands of them; here only the
 * group holding that row changes, and the others keep their rows and key.
 */
export function stableGroups<T extends { id: string }>(items: readonly T[], mean = MEAN_GROUP_SIZE): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    if (current.length > 0 && hashOf(item.id) % mean === 0) {
      groups.push(current);
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
