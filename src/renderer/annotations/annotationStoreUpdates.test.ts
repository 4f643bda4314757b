import { describe, expect, it } from 'vitest';
import { annotationStoreHarness as setup, storedView as stored } from '../testing/annotationStoreHarness';

describe('AnnotationStore', () => {
  it('keeps a note typed before the creation was answered', async () => {
    const { store, calls, settle } = setup();
    const id = store.create(0, 5, 'c1');
    void store.update(id, { note: 'Where the summit is' });
    await settle();
    expect(calls).toEqual(['create', 'update']);
    expect(store.annotations[0]!.note).toBe('Where the summit is');
  });

  it('puts the colour back when recolouring fails', async () => {
    const { store, drawn, said } = setup([stored('a', 0, 5)], ['update']);
    await store.update('a', { color: 'c4' });
    expect(drawn).toEqual(['recolor c4', 'recolor c1']);
    expect(store.annotations[0]!.color).toBe('c1');
    expect(said).toEqual(['update failed: the disk is full']);
  });

  it('undoes a note change back to the note before', async () => {
    const { store, history, saved } = setup([stored('a', 0, 5, { note: 'before' })]);
    await store.update('a', { note: 'after' });
    expect(saved.get('a')!.note).toBe('after');
    expect(await history.undo()).toBe('Note restored');
    expect(saved.get('a')!.note).toBe('before');
    expect(store.annotations[0]!.note).toBe('before');
  });

  it('shows new tags at once, then as the core spelled them, and undoes back to the tags before', async () => {
    const { store, history, saved } = setup([stored('a', 0, 5, { tags: ['war'] })]);
    const storing = store.update('a', { tags: ['war', 'Minsk'] });
    expect(store.annotations[0]!.tags).toEqual(['war', 'Minsk']);
    expect(await storing).toBe(true);
    expect(store.annotations[0]!.tags).toEqual(['war', 'minsk']);
    expect(await history.undo()).toBe('Tags restored');
    expect(saved.get('a')!.tags).toEqual(['war']);
    expect(store.annotations[0]!.tags).toEqual(['war']);
  });

  it('keeps tags added before the creation was answered', async () => {
    const { store, calls, settle } = setup();
    const id = store.create(0, 5, 'c1');
    void store.update(id, { tags: ['summit'] });
    await settle();
    expect(calls).toEqual(['create', 'update']);
    expect(store.annotations[0]!.tags).toEqual(['summit']);
  });

  it('tells a refused change to the field that asked, not the window, and puts the tags back', async () => {
    const { store, said } = setup([stored('a', 0, 5, { tags: ['war'] })], ['update']);
    const problems: string[] = [];
    expect(await store.update('a', { tags: ['war', 'x'] }, (message) => problems.push(message))).toBe(false);
    expect(problems).toEqual(['update failed: the disk is full']);
    expect(said).toEqual([]);
    expect(store.annotations[0]!.tags).toEqual(['war']);
  });
});
