import { describe, expect, it } from 'vitest';
import type { DocumentSummary, MethodParams } from '../../shared/contract';
import type { GlossApi } from '../api/glossApi';
import { createGlossStore } from './glossStore';
import { testSummary } from '../testing/documentSummary';

const summary = (id: string, title: string): DocumentSummary => testSummary(id, { title, source: 'Pasted text.txt' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A fake core that adds every file it is given, as a document titled by the title sent. */
function fakeApi() {
  const imported: MethodParams<'document:import'>[] = [];
  const added: DocumentSummary[] = [];
  const api = {
    'document:import': async (params: MethodParams<'document:import'>) => {
      imported.push(params);
      const document = summary(`doc-${imported.length}`, params.title ?? params.fileName);
      added.push(document);
      return { status: 'added', document };
    },
    'document:open': async ({ id }: { id: string }) => ({ summary: added.find((doc) => doc.id === id)!, text: 'Text.', annotations: [], structure: { blocks: [] } }),
  };
  return { api: api as unknown as GlossApi, imported };
}

describe('importing from the store', () => {
  it('imports pasted text as a .txt titled by its first line, then opens it in the reader', async () => {
    const { api, imported } = fakeApi();
    const store = createGlossStore(api);
    store.getState().setView('library');
    store.getState().importText('\n  Thoughts on reading slowly  \n\nA book read twice.');
    await settle();
    await settle();
    expect(imported[0]).toMatchObject({ fileName: 'Pasted text.txt', title: 'Thoughts on reading slowly', ifDuplicate: 'ask' });
    expect(atob(imported[0]!.data)).toBe('\n  Thoughts on reading slowly  \n\nA book read twice.');
    expect(store.getState().current?.summary.title).toBe('Thoughts on reading slowly');
    expect(store.getState().view).toBe('read');
    expect(store.getState().imports.map((entry) => entry.status)).toEqual(['added']);
  });

  it('says so, and sends nothing, when the text has no words', async () => {
    const { api, imported } = fakeApi();
    const store = createGlossStore(api);
    store.getState().importText('  \n ');
    await settle();
    expect(imported).toEqual([]);
    expect(store.getState().message?.error).toBe(true);
  });

  it('lists a batch without opening any of it', async () => {
    const { api } = fakeApi();
    const store = createGlossStore(api);
    const file = (name: string) => ({ fileName: name, size: 3, read: async () => btoa('abc') });
    store.getState().importFiles([file('a.txt'), file('b.md')]);
    await settle();
    await settle();
    expect(store.getState().imports.map((entry) => `${entry.fileName}:${entry.status}`)).toEqual(['a.txt:added', 'b.md:added']);
    expect(store.getState().current).toBeNull();
    expect(store.getState().documents).toHaveLength(2);
  });
});
