/**
 * One piece of background work at a time (such as checking every document's
 * text after open) that callers can wait for, and that a restore or closing
 * can stop before it changes the files underneath it.
 */
export class StoppableRun {
  private current: { stop: AbortController; ended: Promise<void> } | null = null;

  /**
   * Starts `work` once the run under way (if any) has been stopped and has
   * ended, so two runs never overlap; resolves or rejects as `work` does.
   * `work` should stop starting new steps once its signal is aborted.
   */
  start(work: (signal: AbortSignal) => Promise<void>): Promise<void> {
    const previous = this.stop();
    const stop = new AbortController();
    const run = previous.then(() => work(stop.signal));
    this.current = { stop, ended: run.catch(() => undefined) };
    return run;
  }

  /** Asks the run under way to stop and resolves once it has ended (its failure is its starter's to report). */
  async stop(): Promise<void> {
    const current = this.current;
    if (!current) return;
    current.stop.abort();
    await current.ended;
  }

  /** Resolves once the run under way, if any, has ended, without stopping it. */
  async settled(): Promise<void> {
    await this.current?.ended;
  }
}
