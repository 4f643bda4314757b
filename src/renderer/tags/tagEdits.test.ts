import { describe, expect, it } from 'vitest';
import type { OpenedDocument, TagChange } from '../../shared/contract';
import type { GlossApi } from '../api/glossApi';
import { createGlossStore } from '../store/glossStore';
import { testSummary } from '../testing/documentSummary';
import { createTagEdits } from './tagEdits';

const change = (documentId: string, highlights: number, cards = 0): TagChange => ({
  codebook: [{ name: 'war' }],
  documents: [{ documentId, annotations: [], cards: [] }],
  highlights,
  cards,
});

/** A fake core that records the tag calls, refuses a merge into a tag's own child, and counts reopened documents. */
function setup({ editing = false } = {}) {
  const calls: string[] = [];
  const api = {
    'tag:rename': async ({ from, to }: { from: string; to: string }) => {
      if (to.startsWith(`${from}/`)) throw new Error(`"${from}" cannot be merged into "${to}": that tag sits under it.`);
      calls.push(`rename ${from} → ${to}`);
      return change('open', 12, 3);
    },
    'tag:delete': async ({ name }: { name: string }) => (calls.push(`delete ${name}`), change('other', 1)),
    'tags:restore': async () => (calls.push('restore'), { ok: true as const }),
    'tag:describe': async (params: object) => (calls.push(`describe ${JSON.stringify(params)}`), { name: 'war' }),
    'document:open': async ({ id }: { id: string }) => (calls.push(`open ${id}`), { summary: testSummary(id), text: 'Text.', annotations: [], structure: { blocks: [] } }),
  };
  const store = createGlossStore(api as unknown as GlossApi);
  store.setState({ current: { summary: testSummary('open'), text: 'Text.', annotations: [], structure: { blocks: [] } } as unknown as OpenedDocument });
  return { calls, store, edits: createTagEdits({ api: api as unknown as GlossApi, store, isEditing: () => editing }) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('tag edits', () => {
  it('merge with a message and an Undo that restores, reopening the open document each time it was touched', async () => {
    const { calls, store, edits } = setup();
    expect(await edits.rename('war', 'conflict', true)).toEqual({ ok: true });
    expect(store.getState().message?.text).toBe('Merged “war” into “conflict” on 12 highlights and 3 cards');
    expect(store.getState().tagsVersion).toBe(1);
    store.getState().message?.action?.run();
    await settle();
    expect(calls).toEqual(['rename war → conflict', 'open open', 'restore', 'open open']);
    expect(store.getState().message?.text).toBe('“war” is back as it was');
    expect(store.getState().tagsVersion).toBe(2);
  });

  it('hand back the core’s refusal to be shown in place, changing nothing', async () => {
    const { calls, store, edits } = setup();
    expect(await edits.rename('war', 'war/1812', true)).toEqual({ ok: false, problem: '"war" cannot be merged into "war/1812": that tag sits under it.' });
    expect(store.getState().message).toBeNull();
    expect(store.getState().tagsVersion).toBe(0);
    expect(calls).toEqual([]);
  });

  it('delete with Undo on Ctrl+Z, leaving an untouched open document alone', async () => {
    const { calls, store, edits } = setup();
    await edits.remove('war');
    expect(store.getState().message?.text).toBe('Deleted “war” from 1 highlight');
    expect(await store.getState().feedback.history.undo()).toBe('“war” is back as it was');
    expect(calls).toEqual(['delete war', 'restore']);
  });

  it('do not reopen a document whose text is being edited', async () => {
    const { calls, edits } = setup({ editing: true });
    await edits.rename('war', 'conflict', false);
    expect(calls).toEqual(['rename war → conflict']);
  });

  it('describe quietly, with an undo step that puts the old colour and description back', async () => {
    const { calls, store, edits } = setup();
    await edits.describe({ name: 'war', color: 'c2' }, { description: 'Armed conflict' });
    expect(store.getState().message).toBeNull();
    expect(await store.getState().feedback.history.undo()).toBe('Description of “war” put back');
    expect(calls).toEqual(['describe {"name":"war","description":"Armed conflict"}', 'describe {"name":"war","color":"c2","description":null}']);
  });

  it('a renamed tag stays in the window’s filter under its new name, and a deleted one leaves it', async () => {
    const { store, edits } = setup();
    store.getState().setHighlightFilter({ tags: ['war/1812', 'peace'], tagMode: 'any', colors: [], speakers: [], documentIds: [], words: '' });
    await edits.rename('war', 'conflict', false);
    expect(store.getState().highlightFilter?.tags).toEqual(['conflict/1812', 'peace']);
    await edits.remove('peace');
    expect(store.getState().highlightFilter?.tags).toEqual(['conflict/1812']);
  });
});
