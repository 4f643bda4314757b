import type { AnnotationView, MethodParams, MethodResult } from '../../shared/contract';
import type { HighlightAction } from '../reader/highlightPlugin';
import type { UndoHistory } from '../undo/undoHistory';
import type { WriteQueueHooks } from './writeQueue';

type Call<M extends 'annotation:create' | 'annotation:update' | 'annotation:delete' | 'annotation:restore'> = (params: MethodParams<M>) => Promise<MethodResult<M>>;

/** What the annotation store works with: the core's calls, the editor's highlight layer, and the window's history and messages. */
export interface AnnotationStoreDeps extends WriteQueueHooks {
  documentId: string;
  /** The document's text as loaded, for the quote of a highlight not yet confirmed. */
  text: string;
  textVersion: number;
  api: { 'annotation:create': Call<'annotation:create'>; 'annotation:update': Call<'annotation:update'>; 'annotation:delete': Call<'annotation:delete'>; 'annotation:restore': Call<'annotation:restore'> };
  history: UndoHistory;
  say: (text: string, options?: { action?: { label: string; run: () => void } }) => void;
  /** Undoes a step of the history by id (a message's Undo button). */
  undoStep: (id: number) => void;
  /** Tells the panel the list changed (it shows it after the next paint). */
  publish: (list: readonly AnnotationView[]) => void;
}

/** The editor the highlights are drawn in. */
export interface HighlightCanvas {
  draw: (action: HighlightAction) => void;
  /** Editor positions of a text range. */
  toPositions: (start: number, end: number) => { from: number; to: number };
}
