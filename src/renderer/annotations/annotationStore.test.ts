import { describe, expect, it } from 'vitest';
import type { AnnotationView } from '../../shared/contract';
import type { HighlightAction } from '../reader/highlightPlugin';
import { UndoHistory } from '../undo/undoHistory';
import { AnnotationStore } from './annotationStore';
import type { AnnotationStoreDeps } from './annotationStoreDeps';

const TEXT = 'Minsk will host a summit of the Collective Security Treaty Organization.';

const stored = (id: string, start: number, end: number, extra: Partial<AnnotationView> = {}): AnnotationView => ({
  id,
  color: 'c1',
  note: '',
  tags: [],
  quote: TEXT.slice(start, end),
  anchor: { start, end },
  created: '2026-11-28T10:00:00.000Z',
  modified: '2026-11-28T10:00:00.000Z',
  orphanReason: null,
  ...extra,
});

/** What the store asked the editor to draw, in words. */
function drawing(action: HighlightAction): string {
  if (action.type === 'add') return `add ${action.highlight.from}-${action.highlight.to} ${action.highlight.color}`;
  return action.type === 'recolor' ? `recolor ${action.color}` : action.type;
}

/** A store over a fake core (which fails the calls named in `failing`), recording what it draws, publishes and says. */
function setup(initial: AnnotationView[] = [], failing: string[] = []) {
  const calls: string[] = [];
  const drawn: string[] = [];
  const said: string[] = [];
  let published: readonly AnnotationView[] = initial;
  const saved = new Map(initial.map((a) => [a.id, a]));
  const answer = async <T,>(method: string, work: () => T): Promise<T> => {
    calls.push(method);
    if (failing.includes(method)) throw new Error(`${method} failed: the disk is full`);
    return work();
  };
  const api: AnnotationStoreDeps['api'] = {
    'annotation:create': (p) => answer('create', () => {
      const view = stored(p.id!, p.start, p.end, { color: p.color });
      saved.set(view.id, view);
      return view;
    }),
    'annotation:update': (p) => answer('update', () => {
      // The core spells tags as its codebook does: here, every tag in lower case.
      const tags = p.tags?.map((tag) => tag.toLowerCase());
      const view = { ...saved.get(p.id)!, ...(p.color ? { color: p.color } : {}), ...(p.note !== undefined ? { note: p.note } : {}), ...(tags ? { tags } : {}) };
      saved.set(view.id, view);
      return view;
    }),
    'annotation:delete': (p) => answer('delete', () => {
      const deleted = saved.get(p.id)!;
      saved.delete(p.id);
      return { deleted } as never;
    }),
    'annotation:restore': (p) => answer('restore', () => {
      const view = (p.annotation as unknown as AnnotationView) ?? stored('x', 0, 1);
      saved.set(view.id, view);
      return view;
    }),
  };
  const history = new UndoHistory();
  const store = new AnnotationStore(
    {
      documentId: 'doc',
      text: TEXT,
      textVersion: 1,
      api,
      history,
      say: (text) => said.push(text),
      undoStep: (id) => void history.undo(id),
      publish: (list) => void (published = list),
      setStatus: () => undefined,
      onError: (message) => said.push(message),
      defer: (update) => update(),
    },
    initial,
  );
  store.attach({ draw: (action: HighlightAction) => void drawn.push(drawing(action)), toPositions: (start, end) => ({ from: start + 1, to: end + 1 }) });
  const ids = () => published.map((a) => a.id);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { store, calls, drawn, said, history, saved, ids, published: () => published, settle };
}

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

  it('leaves a highlight deleted meanwhile deleted when an older update returns', async () => {
    const { store, ids, settle } = setup([stored('a', 0, 5)]);
    const updating = store.update('a', { note: 'late' });
    await store.remove('a');
    await updating;
    await settle();
    expect(ids()).toEqual([]);
  });
});
