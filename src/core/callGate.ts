import { GlossError } from '../shared/contract';

/** What the user reads when this Gloss has stopped writing because its lock is gone. */
export const LOCK_LOST_MESSAGE =
  'Another Gloss took over this library (or its lock could not be kept), so this window stopped saving. ' +
  'Nothing you saved before is lost. Close it and reopen Gloss.';

/** What a call that arrives while Gloss shuts down is told. */
export const CLOSING_MESSAGE = 'Gloss is closing; nothing was changed. Start it again to go on.';

export interface CallGateOptions {
  /** Whether this process still holds the data directory's lock; asked before every call that writes. */
  isStillWriter(): Promise<boolean>;
  /** Called once, when the gate learns that another process may now write the data directory. */
  onWriterLost(): void;
}

/**
 * Decides which calls may run: all of them while this Gloss holds its data
 * directory; after the lock is lost, only those that never write (the
 * in-memory state may be older than the files, and writing it would undo the
 * other Gloss's work); none once closing. It also lets `close` wait for the
 * calls it admitted, so a write already accepted is never cut off.
 */
export class CallGate {
  private readonly underWay = new Set<Promise<unknown>>();
  private writerLost = false;
  private closing = false;
  /** The lock check under way, shared by the writes that arrive meanwhile. */
  private check: Promise<boolean> | null = null;

  constructor(private readonly options: CallGateOptions) {}

  /** Runs a call if it may run now; `writes` says whether it may change the data directory. */
  run<T>(writes: boolean, call: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new GlossError('closing', CLOSING_MESSAGE));
    if (writes && this.writerLost) return Promise.reject(new GlossError('closing', LOCK_LOST_MESSAGE));
    const pending = writes ? this.checkWriter() : this.check;
    // Calls start in the order they came: a read that follows a write waits for the write's check
    // too, so `task:cancel` right after `cards:generate` still finds the task it cancels.
    const admitted = pending === null ? call() : this.after(pending, writes, call);
    this.underWay.add(admitted);
    const forget = (): void => void this.underWay.delete(admitted);
    admitted.then(forget, forget);
    return admitted;
  }

  private async after<T>(pending: Promise<boolean>, writes: boolean, call: () => Promise<T>): Promise<T> {
    if (!writes) {
      await pending.catch(() => undefined); // only waited for; its outcome is the writes' business
      return call();
    }
    if (!(await pending) || this.writerLost) {
      this.loseWriter();
      throw new GlossError('closing', LOCK_LOST_MESSAGE);
    }
    return call();
  }

  private checkWriter(): Promise<boolean> {
    this.check ??= this.options.isStillWriter().finally(() => (this.check = null));
    return this.check;
  }

  /** From now on refuses every call that writes, and tells the owner once. */
  loseWriter(): void {
    if (this.writerLost) return;
    this.writerLost = true;
    this.options.onWriterLost();
  }

  /** Refuses every new call and resolves once the calls admitted before have finished. */
  async close(): Promise<void> {
    this.closing = true;
    while (this.underWay.size > 0) await Promise.allSettled([...this.underWay]);
  }
}
