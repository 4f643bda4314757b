import { describe, expect, it } from 'vitest';
import { stableGroups } from './stableGroups';

const rows = (count: number, prefix = 'ann-'): { id: string }[] => Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}` }));

describe('stable list groups', () => {
  it('keeps every row, in order, in groups of about the mean size', () => {
    const list = rows(5_000);
    const groups = stableGroups(list);
    expect(groups.flat()).toEqual(list);
    expect(groups.length).toBeGreaterThan(60);
    expect(groups.length).toBeLessThan(160);
  });

  it('changes only the group of a row added near the top, so the other groups keep their rows', () => {
    const list = rows(5_000);
    const before = stableGroups(list);
    const after = stableGroups([list[0]!, { id: 'ann-new' }, ...list.slice(1)]);
    const key = (group: { id: string }[]): string => group.map((row) => row.id).join(',');
    const unchanged = new Set(before.map(key));
    const changed = after.filter((group) => !unchanged.has(key(group)));
    expect(changed.length).toBeLessThanOrEqual(2);
    expect(changed.flat().some((row) => row.id === 'ann-new')).toBe(true);
  });

  it('gives no groups for no rows', () => {
    expect(stableGroups([])).toEqual([]);
  });
});
