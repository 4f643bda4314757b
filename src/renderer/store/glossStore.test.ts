import { describe, expect, it } from 'vitest';
import type { Notice } from '../../shared/contract';
import { createGlossStore } from './glossStore';
import { followCoreEvents } from './librarySlice';
import { fakeGlossApi as fakeApi, summaryWithPosition as summary } from '../testing/fakeGlossApi';

describe('the renderer store', () => {
  it('renames a colour with an Undo that puts the name back', async () => {
    const { api } = fakeApi([summary('b')]);
    const store = createGlossStore(api);
    await store.getState().loadLibrary();
    await store.getState().renameCategory('c4', 'Country');
    expect(store.getState().settings?.categories[3]?.name).toBe('Country');
    expect(store.getState().message?.text).toBe('Renamed “Actor” to “Country”');
    store.getState().message?.action?.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().settings?.categories[3]?.name).toBe('Actor');
    expect(store.getState().message?.text).toBe('Name “Actor” restored');
  });

  it('does not open the backups while edits are unsaved, and closes only the dialog named', () => {
    const { api } = fakeApi([]);
    const store = createGlossStore(api);
    store.getState().setLeaveGuard(() => false);
    store.getState().openDialog('backups');
    expect(store.getState().dialog).toBeNull();
    store.getState().openDialog('palette');
    store.getState().openDialog('shortcuts');
    store.getState().closeDialog('palette');
    expect(store.getState().dialog).toBe('shortcuts');
    store.getState().closeDialog();
    expect(store.getState().dialog).toBeNull();
  });

  it('follows the core: a notice arrives whole, and a changed library is listed again', async () => {
    const { api, push, listeners } = fakeApi([summary('a')]);
    const store = createGlossStore(api);
    const stop = followCoreEvents(api, store.setState);
    const notice: Notice = { id: 'n1', at: '2026-11-28T10:00:00.000Z', level: 'error', message: 'This window stopped saving.' } as Notice;
    push('app:notice', notice);
    expect(store.getState().notices).toEqual([notice]);
    push('library:changed', {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().documents.map((d) => d.id)).toEqual(['a']);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('notifies no one when a drawer or dialog is set to what it already is (J keeps the panel open at no cost)', () => {
    const { api } = fakeApi([]);
    const store = createGlossStore(api);
    store.getState().setDrawer('annotation-panel', true);
    let notified = 0;
    store.subscribe(() => notified++);
    store.getState().setDrawer('annotation-panel', true);
    store.getState().closeDialog('palette');
    expect(notified).toBe(0);
    store.getState().setDrawer('annotation-panel', false);
    expect(notified).toBe(1);
  });
});
