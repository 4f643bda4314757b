import { describe, expect, it } from 'vitest';
import { dimmingRules, highlightIdClass } from './filterDimming';

describe('dimming by stylesheet', () => {
  it('names a highlight’s marks by a class made from its id', () => {
    expect(highlightIdClass('ann-1f2e')).toBe('hl-id-ann-1f2e');
    // Whatever an id holds, the class stays one word that a selector can name.
    expect(highlightIdClass('a b.c"d')).toBe('hl-id-a_b_c_d');
  });

  it('dims nothing when nothing is left out', () => {
    expect(dimmingRules(['a', 'b'], [])).toBe('');
    expect(dimmingRules([], [])).toBe('');
  });

  it('dims every mark and keeps the few that pass when they are fewer', () => {
    expect(dimmingRules(['a'], ['b', 'c'])).toBe('.hl { --hl-a: var(--hl-dimmed-alpha); }\n.hl-id-a { --hl-a: var(--hl-alpha); }');
    expect(dimmingRules([], ['b'])).toBe('.hl { --hl-a: var(--hl-dimmed-alpha); }');
  });

  it('dims only the few left out when they are fewer', () => {
    expect(dimmingRules(['a', 'b'], ['c'])).toBe('.hl-id-c { --hl-a: var(--hl-dimmed-alpha); }');
    expect(dimmingRules(['a'], ['b'])).toBe('.hl-id-b { --hl-a: var(--hl-dimmed-alpha); }');
  });
});
