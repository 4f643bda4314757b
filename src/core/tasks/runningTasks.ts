import { GlossError } from '../../shared/contract';

/** One long piece of work under way: its signal, and the call that ends it. */
export interface RunningTask {
  /** Aborted when the user cancels the task or the core closes. */
  signal: AbortSignal;
  end(): void;
}

/**
 * The long work under way (card generation, imports), by the task id the
 * renderer chose, so `task:cancel` can stop any of them.
 */
export class RunningTasks {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly closing: AbortSignal) {}

  /** Registers a task; refuses an id already running. Call before the first await, so an instant cancel is not missed. */
  start(taskId: string): RunningTask {
    if (this.running.has(taskId)) throw new GlossError('conflict', 'That task is already running.');
    const controller = new AbortController();
    this.running.set(taskId, controller);
    return {
      signal: AbortSignal.any([controller.signal, this.closing]),
      end: () => {
        if (this.running.get(taskId) === controller) this.running.delete(taskId);
      },
    };
  }

  /** Stops a task if it is running; an unknown or finished one is no error (it may have just ended). */
  cancel(taskId: string): void {
    this.running.get(taskId)?.abort();
  }
}
