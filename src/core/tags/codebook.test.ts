import { describe, expect, it } from 'vitest';
import { removeFromTags, renameInTags } from '../../shared/tags/tagEdit';
import { removeFromCodebook, renameInCodebook, renameProblem, spellAsCodebook, withTagsRegistered } from './codebook';

describe('the codebook', () => {
  it('keeps the first spelling of a tag, level by level', () => {
    const codebook = [{ name: 'exercise' }, { name: 'exercise/Kyrgyzstan' }];
    expect(spellAsCodebook(codebook, ['Exercise/KYRGYZSTAN', 'EXERCISE/new', 'Other'])).toEqual(['exercise/Kyrgyzstan', 'exercise/new', 'Other']);
  });

  it('drops tags that differ only by case', () => {
    expect(spellAsCodebook([], ['Peace', 'peace', 'PEACE', 'war'])).toEqual(['Peace', 'war']);
  });

  it('registers a new tag with its parents, once', () => {
    const codebook = withTagsRegistered([{ name: 'a', description: 'kept' }], ['a/b/c', 'A/b']);
    expect(codebook).toEqual([{ name: 'a', description: 'kept' }, { name: 'a/b' }, { name: 'a/b/c' }]);
  });

  it('renames a tag with its children and merges where the item had both', () => {
    expect(renameInTags(['war', 'war/1812', 'peace'], 'war', 'conflict')).toEqual(['conflict', 'conflict/1812', 'peace']);
    expect(renameInTags(['war', 'conflict'], 'war', 'Conflict')).toEqual(['Conflict']);
    expect(renameInTags(['peace'], 'war', 'conflict')).toBeNull();
    expect(renameInTags(['warfare'], 'war', 'conflict')).toBeNull();
  });

  it('refuses to merge a tag into its own child, but allows a change of case', () => {
    expect(renameProblem('war', 'war/1812')).toMatch(/sits under it/);
    expect(renameProblem('war', 'War')).toBeNull();
    expect(renameProblem('war', 'peace/war')).toBeNull();
  });

  it('merges codebook entries without losing a description or colour', () => {
    const codebook = [{ name: 'war', description: 'battles', color: 'c2' as const }, { name: 'war/1812' }, { name: 'conflict' }];
    expect(renameInCodebook(codebook, 'war', 'conflict')).toEqual([{ name: 'conflict', description: 'battles', color: 'c2' }, { name: 'conflict/1812' }]);
  });

  it('deletes a tag with its children from items and the codebook', () => {
    expect(removeFromTags(['war', 'war/1812', 'peace'], 'war')).toEqual(['peace']);
    expect(removeFromTags(['peace'], 'war')).toBeNull();
    expect(removeFromCodebook([{ name: 'war' }, { name: 'war/x' }, { name: 'warfare' }], 'WAR')).toEqual([{ name: 'warfare' }]);
  });
});
