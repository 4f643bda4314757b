import type { SnapshotReason } from '../../shared/contract';

/** A timer that can be cancelled; injected so tests decide when time passes. */
export type StartTimer = (run: () => void, ms: number) => { cancel(): void };

export interface SnapshotScheduleOptions {
  /** Takes one snapshot (and prunes older ones). */
  take: (reason: SnapshotReason) => Promise<unknown>;
  /**
   * How long after the first change since the last snapshot the next is taken.
   * @default 10 minutes
   */
  spanMs?: number;
  startTimer?: StartTimer;
  /** A snapshot failed (a full disk, say): the data itself is unharmed; the next span or the close tries again. */
  onError: (error: unknown) => void;
}

const realTimer: StartTimer = (run, ms) => {
  const timer = setTimeout(run, ms);
  // A pending snapshot never keeps the process alive; close() takes the last one.
  timer.unref();
  return { cancel: () => clearTimeout(timer) };
};

/**
 * When whole-library snapshots are taken: a span of activity after the first
 * change since the last one, and on close if anything changed since. Only
 * one runs at a time.
 */
export class SnapshotSchedule {
  private changed = false;
  private closed = false;
  private timer: { cancel(): void } | null = null;
  private running: Promise<void> = Promise.resolve();
  private readonly spanMs: number;
  private readonly startTimer: StartTimer;

  constructor(private readonly options: SnapshotScheduleOptions) {
    this.spanMs = options.spanMs ?? 10 * 60 * 1000;
    this.startTimer = options.startTimer ?? realTimer;
  }

  /** Something was written: a snapshot follows after the span. */
  noteActivity(): void {
    this.changed = true;
    if (this.timer || this.closed) return;
    this.timer = this.startTimer(() => {
      this.timer = null;
      void this.run('activity');
    }, this.spanMs);
  }

  /** Takes the last snapshot if anything changed since the one before; no more are scheduled. */
  async close(): Promise<void> {
    this.closed = true;
    this.timer?.cancel();
    this.timer = null;
    await this.run('close');
  }

  /** Resolves once the snapshot under way, if any, has ended. */
  idle(): Promise<void> {
    return this.running;
  }

  private run(reason: SnapshotReason): Promise<void> {
    this.running = this.running.then(async () => {
      if (!this.changed) return;
      this.changed = false;
      try {
        await this.options.take(reason);
      } catch (error) {
        this.changed = true;
        this.options.onError(error);
      }
    });
    return this.running;
  }
}
