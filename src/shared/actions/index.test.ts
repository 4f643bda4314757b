import { describe, expect, it } from 'vitest';
import { ACTION_GROUPS, ACTIONS, actionById, actionForKey, actionLabel, keyConflicts, menuTitle } from './index';
import { fakeContext } from './testing/fakeContext';
import type { Action } from './types';

const action = (id: string, keys: string[], contexts: Action['contexts']): Action => ({ id, title: id, group: 'app', keys, contexts, when: () => true, run: () => undefined });

describe('the action list', () => {
  it('binds no key twice in one context', () => {
    expect(keyConflicts()).toEqual([]);
  });

  it('names both actions when two share a key in the same context', () => {
    const list = [action('a.one', ['j'], ['reading']), action('b.two', ['j', 'k'], ['reading', 'cards']), action('c.three', ['k'], ['review'])];
    expect(keyConflicts(list)).toEqual(['j in reading: a.one, b.two']);
  });

  it('has unique dotted ids, and every group is named', () => {
    const ids = ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\.[A-Za-z0-9]+$/);
    const groups = new Set(ACTION_GROUPS.map((group) => group.id));
    for (const a of ACTIONS) expect(groups.has(a.group), a.id).toBe(true);
  });

  it('gives every key a context to act in, and nothing that acts in a dialog', () => {
    for (const a of ACTIONS) {
      if (a.keys.length > 0) expect(a.contexts.length, a.id).toBeGreaterThan(0);
      expect(a.contexts, a.id).not.toContain('dialog');
    }
  });

  it('lets only chords that cannot be typed act in a text field (Ctrl/Cmd or Alt chords, function keys)', () => {
    for (const a of ACTIONS.filter((x) => x.contexts.includes('field'))) {
      for (const chord of a.keys) expect(chord, a.id).toMatch(/^(Mod\+|Alt\+|(Shift\+)?F\d{1,2}$)/);
    }
  });

  it('finds actions by id, and nothing for an unknown id', () => {
    expect(actionById('highlights.next')?.keys).toEqual(['j']);
    expect(actionById('constructor')).toBeUndefined();
    expect(actionById('')).toBeUndefined();
  });

  it('leaves native keys to where they are pressed', () => {
    expect(actionForKey('reading', 'Mod+End')).toBeUndefined();
    expect(actionById('reading.startOrEnd')?.keys).toContain('Mod+End');
  });

  it('titles an action shortly in menus, and by the colour’s name in the palette', () => {
    const { context } = fakeContext();
    expect(menuTitle(actionById('reading.library')!)).toBe('Go to the library');
    expect(actionLabel(actionById('highlights.colour2')!, context)).toBe('Highlight as Claim');
    expect(actionLabel(actionById('highlights.next')!, context)).toBe('Next highlight');
  });
});
