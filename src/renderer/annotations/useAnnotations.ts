import type { Editor } from '@tiptap/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AnnotationView, CategoryId } from '../../shared/contract';
import { api } from '../api/glossApi';
import { dispatchHighlight } from '../reader/highlightPlugin';
import { textToPos, type TextMap } from '../reader/textMap';
import { undoStep, useWorkspaceFeedback } from '../undo/WorkspaceFeedback';

/** Where a change stands, for the "Saved" indicator: a change is "saved" only once it is on disk. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

interface Options {
  documentId: string;
  /** The document's text as loaded, for the quote of a highlight not yet confirmed. */
  text: string;
  textVersion: number;
  initial: AnnotationView[];
  editor: Editor | null;
  map: TextMap;
  onError: (message: string) => void;
  /** Runs a React update after the next paint (see useAfterPaint). */
  defer: (update: () => void) => void;
}

/** Document order: by start, then end; orphans last. */
function compareViews(a: AnnotationView, b: AnnotationView): number {
  if (!a.anchor || !b.anchor) return a.anchor ? -1 : b.anchor ? 1 : 0;
  return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end;
}

/** Sorts views in document order, orphans last. */
function inDocumentOrder(views: AnnotationView[]): AnnotationView[] {
  return [...views].sort(compareViews);
}

/** The list with one view put in (or replaced) at its place, by binary search rather than a full sort. */
function withView(list: readonly AnnotationView[], view: AnnotationView): AnnotationView[] {
  const rest = list.filter((a) => a.id !== view.id);
  let low = 0;
  let high = rest.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareViews(rest[mid]!, view) <= 0) low = mid + 1;
    else high = mid;
  }
  rest.splice(low, 0, view);
  return rest;
}

/**
 * The highlights of the open document: the list the panel shows, the
 * decorations the editor draws, and the calls that store every change. The
 * decoration changes first, so a new highlight is on screen in the next
 * frame; the status says "Saved" only after the core has it on disk.
 */
export function useAnnotations({ documentId, text, textVersion, initial, editor, map, onError, defer }: Options) {
  const [annotations, setAnnotations] = useState(() => inDocumentOrder(initial));
  const [status, setStatus] = useState<SaveStatus>('idle');
  const feedback = useWorkspaceFeedback();
  const { history } = feedback;

  const draw = useCallback((action: Parameters<typeof dispatchHighlight>[1]) => {
    if (editor && !editor.isDestroyed) dispatchHighlight(editor.view, action);
  }, [editor]);

  /** Puts a view in the list, new or not. */
  const put = useCallback((view: AnnotationView) => {
    setAnnotations((list) => withView(list, view));
  }, []);

  /** Refreshes a view that is still listed; a highlight deleted meanwhile stays deleted. */
  const refresh = useCallback((view: AnnotationView) => {
    setAnnotations((list) => (list.some((a) => a.id === view.id) ? withView(list, view) : list));
  }, []);

  // Calls go out one at a time, in order: a note typed on a new highlight must not overtake its creation.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // Calls not yet answered: the deferred "Saving…" must not land after a quick write already said "Saved".
  const underWay = useRef(0);
  const track = useCallback(<T,>(work: () => Promise<T>, rollback: () => void): Promise<T | null> => {
    underWay.current++;
    defer(() => underWay.current > 0 && setStatus('saving'));
    const run = queue.current.then(async () => {
      try {
        const result = await work();
        setStatus(underWay.current > 1 ? 'saving' : 'saved');
        return result;
      } catch (error) {
        rollback();
        setStatus('error');
        onError((error as Error).message);
        return null;
      } finally {
        underWay.current--;
      }
    });
    queue.current = run;
    return run;
  }, [onError, defer]);

  const show = useCallback((view: AnnotationView) => {
    defer(() => put(view));
    if (view.anchor) draw({ type: 'add', highlight: { id: view.id, color: view.color, from: textToPos(map, view.anchor.start, 'start'), to: textToPos(map, view.anchor.end, 'end') } });
  }, [defer, draw, map, put]);

  const hide = useCallback((id: string) => {
    draw({ type: 'remove', id });
    defer(() => setAnnotations((list) => list.filter((a) => a.id !== id)));
  }, [defer, draw]);

  // Each change pushes its undo step at once (the user may press Mod+Z before the write returns);
  // the step waits for that write, and runs through the same queue.
  const undoable = useCallback((label: string, undo: () => Promise<void>): number => {
    return history.push({ label, undo: async () => void (await track(undo, () => undefined)) });
  }, [history, track]);

  /** Draws a new highlight at once and stores it; returns its id straight away, so it can be selected and noted. */
  const create = useCallback((start: number, end: number, color: CategoryId): string => {
    const id = `ann-${crypto.randomUUID()}`;
    show({ id, color, note: '', quote: text.slice(start, end), anchor: { start, end }, created: null, modified: null, orphanReason: null });
    const saved = track(() => api['annotation:create']({ documentId, textVersion, start, end, color, id }), () => hide(id));
    void saved.then((stored) => {
      if (stored) setAnnotations((list) => list.map((a) => (a.id === id ? { ...stored, note: a.note, color: a.color } : a)));
    });
    undoable('Highlight removed', async () => {
      hide(id);
      if (await saved) await api['annotation:delete']({ documentId, id });
    });
    return id;
  }, [documentId, text, textVersion, show, hide, track, undoable]);

  const update = useCallback(async (id: string, patch: { color?: CategoryId; note?: string }) => {
    const before = annotations.find((a) => a.id === id);
    if (!before) return;
    if (patch.color) draw({ type: 'recolor', id, color: patch.color });
    put({ ...before, ...patch });
    const saved = track(() => api['annotation:update']({ documentId, id, ...patch }), () => {
      if (patch.color) draw({ type: 'recolor', id, color: before.color });
      put(before);
    });
    undoable(patch.color ? 'Colour restored' : 'Note restored', async () => {
      if (!(await saved)) return;
      if (patch.color) draw({ type: 'recolor', id, color: before.color });
      refresh(await api['annotation:update']({ documentId, id, color: before.color, note: before.note }));
    });
    const stored = await saved;
    if (stored) refresh(stored);
  }, [annotations, documentId, draw, put, refresh, track, undoable]);

  const remove = useCallback(async (id: string) => {
    const before = annotations.find((a) => a.id === id);
    if (!before) return;
    hide(id);
    const deleted = track(() => api['annotation:delete']({ documentId, id }), () => show(before));
    const undoId = undoable('Highlight restored', async () => {
      const result = await deleted;
      if (result) show(await api['annotation:restore']({ documentId, annotation: result.deleted }));
    });
    if (await deleted) feedback.say('Highlight deleted', { action: { label: 'Undo', run: () => void undoStep(feedback, undoId) } });
  }, [annotations, documentId, feedback, hide, show, track, undoable]);

  const placed = useMemo(() => annotations.filter((a) => a.anchor), [annotations]);
  const orphans = useMemo(() => annotations.filter((a) => !a.anchor), [annotations]);
  return { annotations, placed, orphans, status, create, update, remove, replaceAll: setAnnotations };
}
