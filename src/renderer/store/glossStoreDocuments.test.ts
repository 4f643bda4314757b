import { describe, expect, it } from 'vitest';
import { createGlossStore } from './glossStore';
import { fakeGlossApi as fakeApi, summaryWithPosition as summary } from '../testing/fakeGlossApi';

describe('the renderer store', () => {
  it('loads the library and opens the last document read, at its reading position', async () => {
    const { api, calls } = fakeApi([summary('a'), summary('b')]);
    const store = createGlossStore(api);
    await store.getState().loadLibrary();
    const state = store.getState();
    expect(state.loading).toBe(false);
    expect(state.current?.summary.id).toBe('b');
    expect(state.paragraph).toBe(1);
    expect(state.recent).toEqual(['b']);
    expect(calls).toContain('document:open b');
  });

  it('opens the first document that can be opened when the last one cannot', async () => {
    const { api } = fakeApi([summary('a'), summary('b', { problem: 'its text is missing' })]);
    const store = createGlossStore(api);
    await store.getState().loadLibrary();
    expect(store.getState().current?.summary.id).toBe('a');
  });

  it('says a failure in the one message, and tells why nothing shows when nothing could be opened', async () => {
    const { api } = fakeApi([summary('a')], ['library:list']);
    const store = createGlossStore(api);
    await store.getState().loadLibrary();
    expect(store.getState().message).toMatchObject({ text: 'library:list: Gloss is closing', error: true });
    expect(store.getState().problem).toBe('library:list: Gloss is closing');
  });

  it('asks the leave guard before opening another document, and closes the library drawer', async () => {
    const { api, calls } = fakeApi([summary('a'), summary('b')]);
    const store = createGlossStore(api);
    await store.getState().loadLibrary();
    store.getState().setDrawer('library', true);
    let allow = false;
    store.getState().setLeaveGuard(() => allow);
    await store.getState().openDocument('a');
    expect(store.getState().current?.summary.id).toBe('b');
    allow = true;
    await store.getState().openDocument('a');
    expect(store.getState().current?.summary.id).toBe('a');
    expect(store.getState().drawers.library).toBe(false);
    expect(store.getState().recent).toEqual(['a', 'b']);
    expect(calls.filter((c) => c.startsWith('document:open'))).toEqual(['document:open b', 'document:open a']);
  });

  it('shows a card’s passage in the text, opening its document first when another is open', async () => {
    const { api } = fakeApi([summary('a'), summary('b')]);
    const store = createGlossStore(api);
    await store.getState().loadLibrary();
    store.getState().setView('cards');
    const card = { documentId: 'a', source: { anchor: { start: 3, end: 9 } } } as never;
    store.getState().showInText(card);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState()).toMatchObject({ view: 'read', reveal: { documentId: 'a', start: 3, end: 9 } });
    expect(store.getState().current?.summary.id).toBe('a');
  });

  it('keeps the reading position, and stores it for the open document', async () => {
    const { api, calls } = fakeApi([summary('b')]);
    const store = createGlossStore(api);
    await store.getState().loadLibrary();
    store.getState().savePosition({ paragraph: 7 });
    expect(store.getState().paragraph).toBe(7);
    expect(calls).toContain('document:setReadingPosition');
  });
});
