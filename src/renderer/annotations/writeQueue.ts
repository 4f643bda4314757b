/** Where a change stands, for the "Saved" indicator: a change is "saved" only once it is on disk. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

/** What the queue reports to. */
export interface WriteQueueHooks {
  setStatus: (status: SaveStatus) => void;
  onError: (message: string) => void;
  /** Runs an update after the next paint (see useAfterPaint). */
  defer: (update: () => void) => void;
}

/**
 * Calls to the core, one at a time and in order (a note typed on a new
 * highlight must not overtake its creation). A failed call rolls back what
 * was shown before it and says why; the status says "Saved" only when no
 * call is left under way.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  // Calls not yet answered: the deferred "Saving…" must not land after a quick write already said "Saved".
  private underWay = 0;

  constructor(private readonly hooks: WriteQueueHooks) {}

  /** Resolves once every call queued so far has been answered. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  /**
   * Queues a call; resolves to its result, or null after rolling back when it
   * failed. A failure is told to `report` when given (a field that shows it
   * in place), else to the window's message.
   */
  run<T>(work: () => Promise<T>, rollback: () => void, report: (message: string) => void = this.hooks.onError): Promise<T | null> {
    this.underWay++;
    this.hooks.defer(() => {
      if (this.underWay > 0) this.hooks.setStatus('saving');
    });
    const result = this.tail.then(async () => {
      try {
        const value = await work();
        this.hooks.setStatus(this.underWay > 1 ? 'saving' : 'saved');
        return value;
      } catch (error) {
        rollback();
        this.hooks.setStatus('error');
        report((error as Error).message);
        return null;
      } finally {
        this.underWay--;
      }
    });
    this.tail = result;
    return result;
  }
}
