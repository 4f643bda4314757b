import type { Action, ActionContext, AppSurface, FindSurface, KeyContext, LibrarySurface, ReaderSurface, ReviewSurface, TagsSurface } from '../../shared/actions';
import { actionById } from '../../shared/actions';

/** The parts of the window that actions act on, each registered while it shows. */
export interface Surfaces {
  app: AppSurface;
  reader: ReaderSurface;
  find: FindSurface;
  review: ReviewSurface;
  library: LibrarySurface;
  tags: TagsSurface;
  /** Brings in panel updates still waiting for the next paint (see useAfterPaint). */
  flush: { flush: () => void };
}

/**
 * Where actions find the window's surfaces, and the one place that runs an
 * action: it brings in deferred panel state when the action reads it, asks the
 * action whether it applies here and now, and runs it.
 */
export class ActionHost {
  private readonly surfaces: { [K in keyof Surfaces]?: Surfaces[K] } = {};

  /** Makes a surface available to actions; returns the function that withdraws it (only if it is still the one registered). */
  register<K extends keyof Surfaces>(name: K, surface: Surfaces[K]): () => void {
    this.surfaces[name] = surface;
    return () => {
      if (this.surfaces[name] === surface) delete this.surfaces[name];
    };
  }

  /** A surface, if it shows. */
  surface<K extends keyof Surfaces>(name: K): Surfaces[K] | undefined {
    return this.surfaces[name];
  }

  /** Whether the reader is in edit mode now. */
  get editing(): boolean {
    return this.surfaces.reader?.editing ?? false;
  }

  /** The context actions see, for a place of the keyboard; null before the app has registered. */
  context(where: KeyContext): ActionContext | null {
    const { app, reader = null, find = null, review = null, library = null, tags = null } = this.surfaces;
    return app ? { where, app, reader, find, review, library, tags } : null;
  }

  /** Runs an action if it applies in this context; true when it ran. */
  run(action: Action, where: KeyContext): boolean {
    if (action.native) return false;
    if (action.needsPanelState) this.surfaces.flush?.flush();
    const context = this.context(where);
    if (!context || !action.when(context)) return false;
    action.run(context);
    return true;
  }

  /** Runs the action with this id (from the desktop menu); unknown ids are ignored. */
  runById(id: string, where: KeyContext): boolean {
    const action = actionById(id);
    return action ? this.run(action, where) : false;
  }
}

/** The window's action host. */
export const actionHost = new ActionHost();
