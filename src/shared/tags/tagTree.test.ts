import { describe, expect, it } from 'vitest';
import type { TagUsage } from '../contract';
import { allTags, buildTagTree, compareTagLabels, descendantCount, findTag, visibleTags } from './tagTree';

/** A usage entry: own highlights and cards, and (by default the same) with children. */
const used = (name: string, own: [number, number], withChildren: [number, number] = own, byDocument: Record<string, number> = {}): TagUsage => ({
  name,
  highlights: own[0],
  cards: own[1],
  byDocument: {},
  withChildren: { highlights: withChildren[0], cards: withChildren[1], byDocument },
});

const shape = (nodes: ReturnType<typeof buildTagTree>): unknown => nodes.map((node) => (node.children.length ? { [node.label]: shape(node.children) } : node.label));

describe('the tag tree', () => {
  it('puts each level of a "/" path under the one before it, with its level and parent', () => {
    const tree = buildTagTree([{ name: 'war' }, { name: 'war/1812' }, { name: 'war/1812/Borodino' }, { name: 'peace' }]);
    expect(shape(tree)).toEqual(['peace', { war: [{ '1812': ['Borodino'] }] }]);
    const borodino = findTag(tree, 'war/1812/borodino')!;
    expect(borodino).toMatchObject({ name: 'war/1812/Borodino', label: 'Borodino', level: 3, parent: 'war/1812' });
  });

  it('counts with children what the core counted once per item, and its own uses apart', () => {
    const tree = buildTagTree([], [used('war', [1, 0], [5, 2], { d1: 3, d2: 2 }), used('war/1812', [4, 2], [4, 2], { d1: 2, d2: 2 })]);
    const war = findTag(tree, 'war')!;
    expect(war.own).toMatchObject({ highlights: 1, cards: 0 });
    expect(war.total).toEqual({ highlights: 5, cards: 2, byDocument: { d1: 3, d2: 2 } });
  });

  it('makes a missing parent level, which counts what its children count', () => {
    const tree = buildTagTree([], [used('place/belarus', [2, 1], [2, 1], { d1: 2 }), used('place/kazakhstan', [1, 0], [1, 0], { d2: 1 })]);
    expect(findTag(tree, 'place')!.total).toEqual({ highlights: 3, cards: 1, byDocument: { d1: 2, d2: 1 } });
    expect(findTag(tree, 'place')!.own.highlights).toBe(0);
  });

  it('merges levels that differ only by case, keeping the codebook’s spelling first', () => {
    const tree = buildTagTree([{ name: 'Exercise' }, { name: 'exercise/Kyrgyzstan', color: 'c2', description: 'Rubezh' }], [used('EXERCISE/kyrgyzstan', [3, 0]), used('exercise', [1, 0], [4, 0])]);
    expect(shape(tree)).toEqual([{ Exercise: ['Kyrgyzstan'] }]);
    expect(findTag(tree, 'exercise/kyrgyzstan')).toMatchObject({ name: 'Exercise/Kyrgyzstan', color: 'c2', description: 'Rubezh', own: { highlights: 3 } });
    expect(findTag(tree, 'exercise')!.total.highlights).toBe(4);
  });

  it('sorts siblings by name, case- and accent-insensitively, numbers by value', () => {
    const tree = buildTagTree(['beta', 'Alpha', 'émigrés', 'chapter/10', 'chapter/2', 'Delta', 'alpha2'].map((name) => ({ name })));
    expect(shape(tree)).toEqual(['Alpha', 'alpha2', 'beta', { chapter: ['2', '10'] }, 'Delta', 'émigrés']);
    expect(compareTagLabels('a', 'A')).not.toBe(0);
  });

  it('keeps emoji and other scripts whole, and a tag of 100 characters', () => {
    const long = `${'a'.repeat(49)}/${'b'.repeat(50)}`;
    const tree = buildTagTree([{ name: '🙂 mood/😡 anger' }, { name: 'Привет/Мир' }, { name: long }], [used('привет/мир', [1, 0])]);
    // Symbols sort before letters, as everywhere else the locale orders text.
    expect(shape(tree)).toEqual([{ '🙂 mood': ['😡 anger'] }, { ['a'.repeat(49)]: ['b'.repeat(50)] }, { Привет: ['Мир'] }]);
    expect(findTag(tree, long)).toMatchObject({ name: long, label: 'b'.repeat(50), level: 2 });
    expect(findTag(tree, 'привет/мир')!.own.highlights).toBe(1);
  });

  it('lists every tag in tree order, or only those whose parents are expanded', () => {
    const tree = buildTagTree([{ name: 'b/x' }, { name: 'a' }, { name: 'b' }, { name: 'b/y/z' }]);
    expect(allTags(tree).map((node) => node.name)).toEqual(['a', 'b', 'b/x', 'b/y', 'b/y/z']);
    expect(visibleTags(tree, new Set()).map((node) => node.name)).toEqual(['a', 'b']);
    expect(visibleTags(tree, new Set(['b'])).map((node) => node.name)).toEqual(['a', 'b', 'b/x', 'b/y']);
    // A child's children show only when it is expanded too.
    expect(visibleTags(tree, new Set(['b/y'])).map((node) => node.name)).toEqual(['a', 'b']);
    expect(descendantCount(findTag(tree, 'b')!)).toBe(3);
  });

  it('is empty for an empty codebook', () => {
    expect(buildTagTree([], [])).toEqual([]);
  });
});
