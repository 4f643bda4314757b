import { describe, expect, it } from 'vitest';
import { annotationStoreHarness as setup, storedView as stored } from '../testing/annotationStoreHarness';

describe('AnnotationStore', () => {
  it('draws a new highlight at once, lists it, and stores it with the same id', async () => {
    const { store, drawn, ids, saved, settle } = setup();
    const id = store.create(0, 5, 'c2');
    expect(drawn).toEqual(['add 1-6 c2']);
    expect(ids()).toEqual([id]);
    expect(store.annotations[0]).toMatchObject({ quote: 'Minsk', note: '', color: 'c2' });
    await settle();
    expect(saved.get(id)).toMatchObject({ anchor: { start: 0, end: 5 }, color: 'c2' });
    expect(store.annotations[0]!.created).not.toBeNull();
  });

  it('takes a highlight whose creation failed off the text and the list, and says why', async () => {
    const { store, drawn, ids, said, settle } = setup([], ['create']);
    store.create(0, 5, 'c1');
    await settle();
    expect(drawn).toEqual(['add 1-6 c1', 'remove']);
    expect(ids()).toEqual([]);
    expect(said).toEqual(['create failed: the disk is full']);
  });

  it('deletes with an Undo that restores the highlight, drawn again', async () => {
    const { store, drawn, ids, said, history, settle } = setup([stored('a', 0, 5), stored('b', 10, 14)]);
    await store.remove('a');
    expect(ids()).toEqual(['b']);
    expect(said).toEqual(['Highlight deleted']);
    expect(await history.undo()).toBe('Highlight restored');
    await settle();
    expect(ids()).toEqual(['a', 'b']);
    expect(drawn).toEqual(['remove', 'add 1-6 c1']);
  });

  it('puts back a highlight whose deletion failed, says so rather than offering Undo, and its undo step changes nothing', async () => {
    const { store, ids, said, history } = setup([stored('a', 0, 5)], ['delete']);
    await store.remove('a');
    expect(ids()).toEqual(['a']);
    expect(said).toEqual(['delete failed: the disk is full']);
    expect(await history.undo()).toBe('Highlight restored');
    expect(ids()).toEqual(['a']);
  });

  it('undoes a new highlight even when Mod+Z comes before the write returned', async () => {
    const { store, ids, calls, history, settle } = setup();
    store.create(0, 5, 'c1');
    expect(await history.undo()).toBe('Highlight removed');
    await settle();
    expect(ids()).toEqual([]);
    expect(calls).toEqual(['create', 'delete']);
  });

  it('leaves a highlight deleted meanwhile deleted when an older update returns', async () => {
    const { store, ids, settle } = setup([stored('a', 0, 5)]);
    const updating = store.update('a', { note: 'late' });
    await store.remove('a');
    await updating;
    await settle();
    expect(ids()).toEqual([]);
  });
});
