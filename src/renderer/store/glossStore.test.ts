import { describe, expect, it } from 'vitest';
import { NO_HIGHLIGHT_FILTER, type DocumentSummary, type EventName, type Notice, type OpenedDocument, type Settings } from '../../shared/contract';
import type { GlossApi } from '../api/glossApi';
import { createGlossStore } from './glossStore';
import { followCoreEvents } from './librarySlice';
import { testSummary } from '../testing/documentSummary';

const summary = (id: string, extra: Partial<DocumentSummary> = {}): DocumentSummary => testSummary(id, { readingPosition: { paragraph: 1 }, ...extra });

const SETTINGS: Settings = {
  theme: 'system',
  lastDocumentId: 'b',
  categories: [
    { id: 'c1', name: 'Key fact' },
    { id: 'c2', name: 'Claim' },
    { id: 'c3', name: 'Question' },
    { id: 'c4', name: 'Actor' },
    { id: 'c5', name: 'Follow up' },
  ],
  currentColor: 'c1',
  desiredRetention: 0.9,
  newCardsPerDay: 20,
  highlightFilter: NO_HIGHLIGHT_FILTER,
};

/** A fake core: a library of documents, calls recorded, failures on demand, events pushed by hand. */
function fakeApi(documents: DocumentSummary[], failing: string[] = []) {
  const calls: string[] = [];
  const listeners = new Map<EventName, (payload: unknown) => void>();
  let settings = { ...SETTINGS };
  const answer = async <T,>(method: string, value: () => T): Promise<T> => {
    calls.push(method);
    if (failing.includes(method)) throw new Error(`${method}: Gloss is closing`);
    return value();
  };
  const api = {
    'app:status': () => answer('app:status', () => ({ notices: [] as Notice[] })),
    'settings:get': () => answer('settings:get', () => settings),
    'settings:update': (patch: Partial<Settings>) => answer('settings:update', () => (settings = { ...settings, ...patch })),
    'library:list': () => answer('library:list', () => ({ documents })),
    'document:open': ({ id }: { id: string }) => answer(`document:open ${id}`, (): OpenedDocument => ({ summary: documents.find((d) => d.id === id)!, text: 'Text.', annotations: [], structure: { blocks: [] } })),
    'document:setReadingPosition': () => answer('document:setReadingPosition', () => ({ ok: true })),
    'category:rename': ({ id, name }: { id: string; name: string }) =>
      answer('category:rename', () => ({ categories: (settings = { ...settings, categories: settings.categories.map((c) => (c.id === id ? { ...c, name } : c)) }).categories })),
    'app:dismissNotice': () => answer('app:dismissNotice', () => ({ ok: true })),
    on: (event: EventName, listener: (payload: unknown) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  };
  return { api: api as unknown as GlossApi, calls, push: (event: EventName, payload: unknown) => listeners.get(event)?.(payload), listeners };
}

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

  it('keeps the reading position, and stores it for the open document', async () => {
    const { api, calls } = fakeApi([summary('b')]);
    const store = createGlossStore(api);
    await store.getState().loadLibrary();
    store.getState().savePosition({ paragraph: 7 });
    expect(store.getState().paragraph).toBe(7);
    expect(calls).toContain('document:setReadingPosition');
  });
});
