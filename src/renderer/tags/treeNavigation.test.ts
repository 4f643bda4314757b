import { describe, expect, it } from 'vitest';
import { buildTagTree, visibleTags } from '../../shared/tags/tagTree';
import { expandTo, settleActive, treeKeyMove, typeAheadMatch, type TreeKey, type TreeState } from './treeNavigation';

// actor | place > belarus, kazakhstan > almaty | war > 1812
const tree = buildTagTree(['war/1812', 'place/kazakhstan/almaty', 'place/belarus', 'actor'].map((name) => ({ name })));
const press = (state: TreeState, ...keys: TreeKey[]): TreeState => keys.reduce((s, key) => treeKeyMove(tree, s, key) ?? s, state);
const start: TreeState = { expanded: new Set(), active: null };

describe('moving in the tag tree with the keyboard', () => {
  it('goes down and up among the tags that show, stopping at the ends', () => {
    expect(press(start, 'ArrowDown').active).toBe('place');
    expect(press(start, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown').active).toBe('war');
    expect(press(start, 'ArrowUp').active).toBe('actor');
    expect(press(start, 'End').active).toBe('war');
    expect(press({ ...start, active: 'war' }, 'Home').active).toBe('actor');
  });

  it('expands with → and then goes to the first child; a leaf stays', () => {
    const expanded = press({ ...start, active: 'place' }, 'ArrowRight');
    expect([...expanded.expanded]).toEqual(['place']);
    expect(expanded.active).toBe('place');
    expect(press(expanded, 'ArrowRight').active).toBe('place/belarus');
    expect(press(expanded, 'ArrowRight', 'ArrowRight').active).toBe('place/belarus');
    expect(press(expanded, 'ArrowDown').active).toBe('place/belarus');
  });

  it('collapses with ←, or goes to the parent', () => {
    const inside: TreeState = { expanded: new Set(['place', 'place/kazakhstan']), active: 'place/kazakhstan/almaty' };
    expect(press(inside, 'ArrowLeft').active).toBe('place/kazakhstan');
    const collapsed = press(inside, 'ArrowLeft', 'ArrowLeft');
    expect(collapsed.expanded.has('place/kazakhstan')).toBe(false);
    expect(press(collapsed, 'ArrowLeft').active).toBe('place');
    expect(press({ ...start, active: 'actor' }, 'ArrowLeft').active).toBe('actor');
  });

  it('expands every sibling with *', () => {
    expect([...press({ ...start, active: 'actor' }, '*').expanded].sort()).toEqual(['place', 'war']);
  });

  it('has nothing to do in an empty tree', () => {
    expect(treeKeyMove([], start, 'ArrowDown')).toBeNull();
  });

  it('moves the keyboard to the nearest tag that shows when its own is hidden or gone', () => {
    expect(settleActive(tree, { expanded: new Set(['place']), active: 'place/kazakhstan/almaty' })).toBe('place/kazakhstan');
    expect(settleActive(tree, { expanded: new Set(), active: 'place/kazakhstan/almaty' })).toBe('place');
    expect(settleActive(tree, { expanded: new Set(), active: 'gone' })).toBe('actor');
    expect(settleActive([], start)).toBeNull();
  });

  it('expands the parents of a tag to show it', () => {
    expect([...expandTo(tree, new Set(['war']), 'place/kazakhstan/almaty')].sort()).toEqual(['place', 'place/kazakhstan', 'war']);
    const none = new Set<string>();
    expect(expandTo(tree, none, 'actor')).toBe(none);
  });

  it('goes to the next tag that starts with what was typed, cycling on one letter', () => {
    const visible = visibleTags(tree, new Set(['place']));
    expect(typeAheadMatch(visible, 'actor', 'p')).toBe('place');
    expect(typeAheadMatch(visible, 'place', 'K')).toBe('place/kazakhstan');
    expect(typeAheadMatch(visible, 'place', 'p')).toBe('place');
    expect(typeAheadMatch(visible, 'place', 'pl')).toBe('place');
    expect(typeAheadMatch(visible, 'actor', 'zz')).toBeNull();
    // The same letter again goes on to the next tag that starts with it.
    expect(typeAheadMatch(visible, 'place', 'pp')).toBe('place');
    expect(typeAheadMatch(visibleTags(tree, new Set(['place', 'place/kazakhstan'])), 'place/belarus', 'aa')).toBe('place/kazakhstan/almaty');
  });
});
