import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../shared/contract';
import type { GlossApi } from '../api/glossApi';
import { createGlossStore } from './glossStore';
import { testSummary } from '../testing/documentSummary';

const summary = (id: string, extra: Partial<DocumentSummary> = {}): DocumentSummary => testSummary(id, extra);

/** A fake core over a list of documents, recording the calls that change it. */
function fakeApi(documents: DocumentSummary[]) {
  const calls: string[] = [];
  const find = (id: string) => documents.find((doc) => doc.id === id)!;
  const mark = (id: string, patch: Partial<DocumentSummary>) => {
    const index = documents.findIndex((doc) => doc.id === id);
    const next: DocumentSummary = { ...documents[index]!, ...patch };
    if (patch.trashedAt === undefined && 'trashedAt' in patch) delete next.trashedAt;
    documents[index] = next;
    return next;
  };
  const api = {
    'document:rename': async ({ id, title, source }: { id: string; title: string; source?: string }) =>
      (calls.push(`rename ${id} ${title}${source === undefined ? '' : ` from ${source || '(nothing)'}`}`), mark(id, { title, ...(source === undefined ? {} : { source }) })),
    'document:trash': async ({ id }: { id: string }) => (calls.push(`trash ${id}`), mark(id, { trashedAt: '2026-11-29T10:00:00.000Z' })),
    'document:restore': async ({ id }: { id: string }) => (calls.push(`restore ${id}`), mark(id, { trashedAt: undefined })),
    'trash:empty': async ({ id }: { id?: string }) => (calls.push(`empty ${id ?? 'all'}`), { removed: id ? 1 : documents.filter((doc) => doc.trashedAt).length }),
    'document:open': async ({ id }: { id: string }) => ({ summary: find(id), text: 'Text.', annotations: [], structure: { blocks: [] } }),
  };
  return { api: api as unknown as GlossApi, calls };
}

async function storeWith(documents: DocumentSummary[]) {
  const { api, calls } = fakeApi(documents);
  const store = createGlossStore(api);
  store.setState({ documents: [...documents] });
  return { store, calls };
}

describe('managing documents from the store', () => {
  it('refuses an empty title without asking the core, and renames with an Undo that puts the title back', async () => {
    const { store, calls } = await storeWith([summary('a')]);
    expect(await store.getState().renameDocument('a', '   ')).toBe(false);
    expect(store.getState().message).toMatchObject({ error: true, text: expect.stringContaining('A title cannot be empty') });
    expect(await store.getState().renameDocument('a', '  New   name ')).toBe(true);
    expect(store.getState().documents[0]?.title).toBe('New name');
    store.getState().message?.action?.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().documents[0]?.title).toBe('Title a');
    expect(calls).toEqual(['rename a New name', 'rename a Title a']);
  });

  it('changes the source, which may be blank, keeping the title, with an Undo that puts the source back', async () => {
    const { store, calls } = await storeWith([summary('a', { source: 'notes.txt' })]);
    expect(await store.getState().changeSource('a', '  Radio  interview ')).toBe(true);
    expect(store.getState().documents[0]).toMatchObject({ title: 'Title a', source: 'Radio interview' });
    expect(await store.getState().changeSource('a', '')).toBe(true);
    store.getState().message?.action?.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(['rename a Title a from Radio interview', 'rename a Title a from (nothing)', 'rename a Title a from Radio interview']);
  });

  it('moves the open document to the Trash, closing it, with an Undo that restores it', async () => {
    const { store, calls } = await storeWith([summary('a'), summary('b')]);
    await store.getState().openDocument('a');
    await store.getState().trashDocument('a');
    expect(store.getState().current).toBeNull();
    expect(store.getState().documents.find((doc) => doc.id === 'a')?.trashedAt).toBeDefined();
    expect(store.getState().message?.text).toBe('“Title a” moved to the Trash');
    store.getState().message?.action?.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().documents.find((doc) => doc.id === 'a')?.trashedAt).toBeUndefined();
    expect(calls).toEqual(['trash a', 'restore a']);
  });

  it('does not trash the open document while its unsaved edits are kept', async () => {
    const { store, calls } = await storeWith([summary('a')]);
    await store.getState().openDocument('a');
    store.getState().setLeaveGuard(() => false);
    await store.getState().trashDocument('a');
    expect(calls).toEqual([]);
    expect(store.getState().current?.summary.id).toBe('a');
  });

  it('deletes one trashed document for good, or empties the whole Trash', async () => {
    const trashed = { trashedAt: '2026-11-29T10:00:00.000Z' };
    const { store, calls } = await storeWith([summary('a', trashed), summary('b', trashed), summary('c')]);
    await store.getState().deleteForever('a');
    expect(store.getState().documents.map((doc) => doc.id)).toEqual(['b', 'c']);
    await store.getState().emptyTrash();
    expect(store.getState().documents.map((doc) => doc.id)).toEqual(['c']);
    expect(calls).toEqual(['empty a', 'empty all']);
  });
});
