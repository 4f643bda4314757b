import type { AnnotationView } from '../../shared/contract';
import { AnnotationStore } from '../annotations/annotationStore';
import type { AnnotationStoreDeps } from '../annotations/annotationStoreDeps';
import type { HighlightAction } from '../reader/highlightPlugin';
import { UndoHistory } from '../undo/undoHistory';

const TEXT = 'Minsk will host a summit of the Collective Security Treaty Organization.';

/** A highlight of TEXT from `start` to `end` as the core gives it back, with any fields replaced. */
export const storedView = (id: string, start: number, end: number, extra: Partial<AnnotationView> = {}): AnnotationView => ({
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
export function annotationStoreHarness(initial: AnnotationView[] = [], failing: string[] = []) {
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
      const view = storedView(p.id!, p.start, p.end, { color: p.color });
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
      const view = (p.annotation as unknown as AnnotationView) ?? storedView('x', 0, 1);
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
