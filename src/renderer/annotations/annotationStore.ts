import type { AnnotationView, CategoryId } from '../../shared/contract';
import { inDocumentOrder, withView } from './annotationList';
import type { AnnotationStoreDeps, HighlightCanvas } from './annotationStoreDeps';
import { WriteQueue } from './writeQueue';

/** What a change to a highlight sets: its colour, its note, or its tags (the whole list). */
export interface AnnotationPatch {
  color?: CategoryId;
  note?: string;
  tags?: string[];
}

/** The undo step's label for a change. */
function restoredLabel(patch: AnnotationPatch): string {
  if (patch.color) return 'Colour restored';
  return patch.tags ? 'Tags restored' : 'Note restored';
}

/**
 * The highlights of the open document, without React: the list the panel
 * shows, the decorations the editor draws, and the calls that store every
 * change. The drawing changes first, so a new highlight is on screen in the
 * next frame; a failed call puts back what was there; every change pushes its
 * undo step at once (Mod+Z may come before the write returns), and the step
 * runs through the same queue.
 */
export class AnnotationStore {
  private list: AnnotationView[];
  private readonly queue: WriteQueue;
  private canvas: HighlightCanvas = { draw: () => undefined, toPositions: (from, to) => ({ from, to }) };

  constructor(private readonly deps: AnnotationStoreDeps, initial: readonly AnnotationView[]) {
    this.list = inDocumentOrder(initial);
    this.queue = new WriteQueue(deps);
  }

  /** Draws in this editor from now on (TipTap may create its editor again, as in development's double mount). */
  attach(canvas: HighlightCanvas): void {
    this.canvas = canvas;
  }

  /** The list now, in document order (the panel's copy may lag a frame). */
  get annotations(): readonly AnnotationView[] {
    return this.list;
  }

  /** Resolves once every change made so far is stored (a card made from a new highlight must find it in the core). */
  settled(): Promise<void> {
    return this.queue.idle();
  }

  /** Draws a new highlight at once and stores it; returns its id straight away, so it can be selected and noted. */
  create(start: number, end: number, color: CategoryId): string {
    const { documentId, textVersion, api } = this.deps;
    const id = `ann-${crypto.randomUUID()}`;
    this.show({ id, color, note: '', quote: this.deps.text.slice(start, end), tags: [], anchor: { start, end }, created: null, modified: null, orphanReason: null });
    const saved = this.queue.run(() => api['annotation:create']({ documentId, textVersion, start, end, color, id }), () => this.hide(id));
    void saved.then((stored) => {
      // The note, colour or tags may have changed meanwhile: those are newer than what the creation returned.
      const shown = this.find(id);
      if (stored && shown) this.setList(withView(this.list, { ...stored, note: shown.note, color: shown.color, tags: shown.tags }));
    });
    this.undoable('Highlight removed', async () => {
      this.hide(id);
      if (await saved) await api['annotation:delete']({ documentId, id });
    });
    return id;
  }

  /**
   * Changes a highlight's colour, note or tags, shown at once, stored in turn.
   * Resolves to whether it was stored; a refusal is told to `report` when
   * given (the tags field shows why in place), else in the window's message.
   */
  async update(id: string, patch: AnnotationPatch, report?: (message: string) => void): Promise<boolean> {
    const { documentId, api } = this.deps;
    const before = this.find(id);
    if (!before) return false;
    if (patch.color) this.canvas.draw({ type: 'recolor', id, color: patch.color });
    this.setList(withView(this.list, { ...before, ...patch }));
    const rollback = (): void => {
      if (patch.color) this.canvas.draw({ type: 'recolor', id, color: before.color });
      this.setList(withView(this.list, before));
    };
    const saved = this.queue.run(() => api['annotation:update']({ documentId, id, ...patch }), rollback, report);
    this.undoable(restoredLabel(patch), async () => {
      if (!(await saved)) return;
      if (patch.color) this.canvas.draw({ type: 'recolor', id, color: before.color });
      this.refresh(await api['annotation:update']({ documentId, id, color: before.color, note: before.note, tags: before.tags }));
    });
    const stored = await saved;
    if (stored) this.refresh(stored);
    return stored !== null;
  }

  /** Deletes a highlight, and says so with Undo once the core has deleted it. */
  async remove(id: string): Promise<void> {
    const { documentId, api } = this.deps;
    const before = this.find(id);
    if (!before) return;
    this.hide(id);
    const deleted = this.queue.run(() => api['annotation:delete']({ documentId, id }), () => this.show(before));
    const undoId = this.undoable('Highlight restored', async () => {
      const result = await deleted;
      if (result) this.show(await api['annotation:restore']({ documentId, annotation: result.deleted }));
    });
    if (await deleted) this.deps.say('Highlight deleted', { action: { label: 'Undo', run: () => this.deps.undoStep(undoId) } });
  }

  private find(id: string): AnnotationView | undefined {
    return this.list.find((a) => a.id === id);
  }

  private setList(list: AnnotationView[]): void {
    this.list = list;
    this.deps.publish(list);
  }

  private show(view: AnnotationView): void {
    if (view.anchor) this.canvas.draw({ type: 'add', highlight: { id: view.id, color: view.color, ...this.canvas.toPositions(view.anchor.start, view.anchor.end) } });
    this.setList(withView(this.list, view));
  }

  private hide(id: string): void {
    this.canvas.draw({ type: 'remove', id });
    this.setList(this.list.filter((a) => a.id !== id));
  }

  /** Refreshes a view that is still listed; a highlight deleted meanwhile stays deleted. */
  private refresh(view: AnnotationView): void {
    if (this.find(view.id)) this.setList(withView(this.list, view));
  }

  private undoable(label: string, undo: () => Promise<void>): number {
    return this.deps.history.push({ label, undo: async () => void (await this.queue.run(undo, () => undefined)) });
  }
}
