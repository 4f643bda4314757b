import { describe, expect, it } from 'vitest';
import { NO_HIGHLIGHT_FILTER } from '../contract';
import { editTags, filterAfterTagEdit } from './tagEdit';

describe('a tag edit applied to a list of tags', () => {
  it('renames a tag with its children by level, merging duplicates, whatever the case of the list', () => {
    expect(editTags(['War', 'war/1812', 'peace'], { kind: 'rename', from: 'war', to: 'conflict' })).toEqual(['conflict', 'conflict/1812', 'peace']);
    expect(editTags(['war', 'Conflict'], { kind: 'rename', from: 'war', to: 'conflict' })).toEqual(['conflict']);
    expect(editTags(['warfare'], { kind: 'rename', from: 'war', to: 'conflict' })).toBeNull();
  });

  it('deletes a tag with its children and leaves a tag that only starts with the same letters', () => {
    expect(editTags(['war', 'war/1812', 'warfare'], { kind: 'delete', name: 'war' })).toEqual(['warfare']);
    expect(editTags(['peace'], { kind: 'delete', name: 'war' })).toBeNull();
  });

  it('changes a filter only where it names the tag, keeping its other choices', () => {
    const filter = { ...NO_HIGHLIGHT_FILTER, tags: ['war', '🙂 mood'], tagMode: 'all' as const, words: 'moscow' };
    expect(filterAfterTagEdit(filter, { kind: 'rename', from: 'WAR', to: 'conflict' })).toEqual({ ...filter, tags: ['conflict', '🙂 mood'] });
    expect(filterAfterTagEdit(filter, { kind: 'delete', name: '🙂 mood' })).toEqual({ ...filter, tags: ['war'] });
    expect(filterAfterTagEdit(filter, { kind: 'delete', name: 'peace' })).toBeNull();
  });
});
