/**
 * How many small file-system calls (a stat, a readdir) Gloss keeps in flight
 * when it visits every document. libuv runs them on four threads by default:
 * sixteen keep those busy, and a read that answers the user waits behind at
 * most sixteen calls of a few microseconds each.
 */
export const FILE_SYSTEM_CONCURRENCY = 16;

/** Options of forEachConcurrently. */
export interface ConcurrencyOptions {
  /** How many calls of `work` may be under way at once (at least 1). */
  limit: number;
  /** Once aborted, no further item is started; the calls under way still finish. */
  signal?: AbortSignal;
}

/**
 * Calls `work` for every item, at most `limit` at a time, and resolves once
 * every call that was started has ended. Waiting on one file at a time makes
 * 10,000 small file-system calls cost 10,000 round trips through libuv's
 * thread pool; a few in flight keep its threads busy, while a bound leaves
 * room in the pool for the reads that answer the user. The first failure is
 * thrown after the calls under way have ended, and stops further starts.
 */
export async function forEachConcurrently<T>(items: Iterable<T>, work: (item: T) => Promise<void>, options: ConcurrencyOptions): Promise<void> {
  const pending = items[Symbol.iterator]();
  let failure: { error: unknown } | null = null;
  const worker = async (): Promise<void> => {
    while (failure === null && !options.signal?.aborted) {
      const next = pending.next();
      if (next.done) return;
      try {
        await work(next.value);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.floor(options.limit)) }, worker));
  if (failure !== null) throw (failure as { error: unknown }).error;
}
